package uk.police.saferportal.portal.platform.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.portal.platform.control.ClusterWidePurge;
import uk.police.saferportal.portal.platform.control.HookSignature;

/**
 * Where the content API tells the portal that public content changed (its webhook, signed with
 * {@code saferportal.portal.webhook-secret}): the changed item and every list are purged from the
 * cache of this instance and, through the cluster, of every other portal instance. Unsigned,
 * wrongly signed or stale calls are refused with 401 and change nothing; without a configured
 * secret the address does not exist.
 */
@WebServlet("/hooks/content")
public class ContentChangeHook extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(ContentChangeHook.class.getName());
  private static final int MAX_BODY = 16 * 1024;

  @Inject ClusterWidePurge purge;

  @Inject
  @ConfigProperty(name = "saferportal.portal.webhook-secret")
  Optional<String> secret;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (secret.isEmpty() || secret.get().isBlank()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    String body = new String(bytes, StandardCharsets.UTF_8);
    var verdict =
        HookSignature.check(
            secret.get(),
            request.getHeader("X-SaferPortal-Timestamp"),
            body,
            request.getHeader("X-SaferPortal-Signature"),
            Clock.systemUTC().instant());
    if (verdict != HookSignature.Verdict.VALID) {
      LOG.warning(() -> "Refused a content webhook call: signature " + verdict);
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    purge.purge(slugOf(body));
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private static Optional<String> slugOf(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      JsonObject event = reader.readObject();
      return Optional.ofNullable(event.getString("slug", null)).filter(s -> !s.isBlank());
    } catch (JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }
}
