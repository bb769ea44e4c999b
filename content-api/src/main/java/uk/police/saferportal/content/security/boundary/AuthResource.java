package uk.police.saferportal.content.security.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.security.control.StaffSessions;

@Path("auth/token")
@Tag(name = "Staff sign-in")
public class AuthResource {
  @Inject StaffSessions sessions;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Exchange staff credentials for a bearer token",
      description = "Repeated wrong passwords lock the account for a while (429 with Retry-After).")
  public Response signIn(
      @Valid @NotNull(message = "Send a username and password") SignInRequest credentials) {
    sessions.purgeExpired();
    var issued = sessions.signIn(credentials.username(), credentials.password());
    return Response.ok(TokenView.of(issued)).header("Cache-Control", "no-store").build();
  }

  @DELETE
  @RequiresAuthentication
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Sign out: the token stops working at once")
  public Response signOut(@HeaderParam("Authorization") String authorization) {
    sessions.signOut(authorization.substring("Bearer ".length()).trim(), caller.username());
    return Response.noContent().build();
  }
}
