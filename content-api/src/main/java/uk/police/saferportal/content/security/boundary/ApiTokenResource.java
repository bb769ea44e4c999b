package uk.police.saferportal.content.security.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.control.ApiTokens;
import uk.police.saferportal.content.security.control.IssuedApiToken;
import uk.police.saferportal.content.security.entity.ApiToken;
import uk.police.saferportal.content.security.entity.Permissions;
import uk.police.saferportal.content.security.entity.TokenScope;

/**
 * Administrators create, list and revoke API tokens for machine clients. A token's secret is in the
 * create answer only; afterwards nobody, administrators included, can read it again.
 */
@Path("admin/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@SecurityRequirement(name = "bearer")
public class ApiTokenResource {
  @Inject ApiTokens tokens;
  @Inject Caller caller;
  @Inject Clock clock;

  @GET
  @RequiresPermissions(Permissions.TOKENS_MANAGE)
  @Operation(summary = "All API tokens, newest first, without their secrets")
  public Response list(
      @QueryParam("page") String page, @QueryParam("size") String size, @Context Request request) {
    Instant now = clock.instant();
    var items = tokens.list(PageRequest.parse(page, size)).map(t -> ApiTokenView.of(t, now));
    return HttpCaching.privateRead(request, items);
  }

  @GET
  @Path("{id}")
  @RequiresPermissions(Permissions.TOKENS_MANAGE)
  @Operation(summary = "One API token, without its secret; its ETag is its version")
  public Response token(@PathParam("id") String id) {
    ApiToken token = tokens.find(id).orElseThrow(() -> ProblemException.notFound("API token"));
    return Response.ok(ApiTokenView.of(token, clock.instant()))
        .tag(VersionTags.of(token.version()))
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.TOKENS_MANAGE)
  @Operation(
      summary = "Create an API token; the answer carries its secret, shown this once only",
      description =
          "scope is read (content:read) or read-write (content:read, content:write). expiresAt"
              + " is optional and must be in the future.")
  public Response create(
      @Valid @NotNull(message = "Send the token's name and scope as JSON") NewApiToken request,
      @Context UriInfo uri) {
    TokenScope scope =
        TokenScope.fromApiName(request.scope())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "scope", "Choose what the token may do: read or read-write"));
    IssuedApiToken issued =
        tokens.create(
            request.name(), scope, Optional.ofNullable(request.expiresAt()), caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(issued.token().id()).build())
        .entity(ApiTokenView.withSecret(issued.token(), clock.instant(), issued.secret().value()))
        .tag(VersionTags.of(issued.token().version()))
        .cacheControl(HttpCaching.noStore())
        .build();
  }

  @POST
  @Path("{id}/revoke")
  @RequiresPermissions(Permissions.TOKENS_MANAGE)
  @Operation(summary = "Revoke an API token: it stops working at once, for good")
  public Response revoke(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    ApiToken token = tokens.revoke(id, VersionTags.optional(ifMatch), caller.username());
    return Response.ok(ApiTokenView.of(token, clock.instant()))
        .tag(VersionTags.of(token.version()))
        .build();
  }
}
