package uk.police.saferportal.portal.token.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.PageLinks;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.boundary.QueryParams;
import uk.police.saferportal.portal.platform.entity.Page;
import uk.police.saferportal.portal.token.control.TokenApi;
import uk.police.saferportal.portal.token.entity.ApiToken;
import uk.police.saferportal.portal.token.entity.NewApiToken;

/**
 * Administrators create, list and revoke API tokens for machine clients. A new token's secret
 * crosses one redirect in the flash and is shown on that page only; the API never gives it again.
 * Revoking asks for confirmation first.
 */
@Named
@ViewScoped
public class ApiTokenAdmin implements Serializable {
  static final int PAGE_SIZE = 50;
  private static final String CREATED = "createdApiToken";
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Set<String> FIELDS = Set.of("name", "scope", "expiresAt");

  @Inject @RestClient transient TokenApi api;

  private String page;
  private String name;
  private String scope;
  private String expiresOn;
  private ApiToken created;
  private ApiToken confirming;
  private Page<ApiToken> tokens = new Page<>(List.of(), 1, PAGE_SIZE, 0);
  private boolean unavailable;
  private boolean forbidden;

  /**
   * Called by the view's viewAction once the page parameter is set (on the first request only, not
   * on postbacks).
   */
  public void load() {
    created = (ApiToken) Faces.getFlash().remove(CREATED);
    tokens =
        ApiCall.of(() -> api.tokens(QueryParams.pageNumber(page), PAGE_SIZE))
            .otherwise(problem -> forbidden = problem.status() == 403)
            .load(() -> unavailable = true)
            .orElse(tokens);
  }

  public String create() {
    scope = Faces.getRequestParameter("scope");
    Optional<Instant> expiresAt;
    try {
      expiresAt = endOfDay(expiresOn);
    } catch (DateTimeParseException e) {
      ProblemMessages.error("expiresAt", "Enter the expiry as a real date, like 31/12/2027");
      return null;
    }
    NewApiToken request = new NewApiToken(name, scope, expiresAt.orElse(null));
    Optional<ApiToken> issued = attempt(() -> api.create(request));
    if (issued.isEmpty()) {
      return null;
    }
    Faces.getFlash().put(CREATED, issued.get());
    return "/admin/tokens?faces-redirect=true";
  }

  /** The first step of revoking: the page asks the administrator to confirm. */
  public void askToRevoke(String id) {
    confirming =
        tokens.items().stream().filter(t -> t.id().equals(id)).findFirst().orElse(confirming);
  }

  public void cancelRevoke() {
    confirming = null;
  }

  public String revoke() {
    if (confirming == null) {
      return null;
    }
    String id = confirming.id();
    Optional<ApiToken> revoked = attempt(() -> api.revoke(id));
    if (revoked.isEmpty()) {
      return null;
    }
    Messages.addFlashGlobalInfo(
        "Token '" + revoked.get().name() + "' revoked: it no longer works anywhere");
    return "/admin/tokens?faces-redirect=true";
  }

  private <T> Optional<T> attempt(Supplier<T> call) {
    return ApiCall.of(call)
        .fields(FIELDS)
        .on(403, "Only administrators can manage API tokens.")
        .submit();
  }

  /** A token with an expiry date works until the end of that day, UK time. */
  static Optional<Instant> endOfDay(String date) {
    if (date == null || date.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.parse(date.trim()).plusDays(1).atStartOfDay(UK).toInstant());
  }

  public String pageLink(int number) {
    return PageLinks.of(number);
  }

  public Page<ApiToken> getTokens() {
    return tokens;
  }

  public ApiToken getCreated() {
    return created;
  }

  public ApiToken getConfirming() {
    return confirming;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public boolean isForbidden() {
    return forbidden;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getScope() {
    return scope;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }
}
