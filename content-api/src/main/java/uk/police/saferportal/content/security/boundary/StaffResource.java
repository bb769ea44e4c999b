package uk.police.saferportal.content.security.boundary;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;
import uk.police.saferportal.content.security.control.AuditTrail;
import uk.police.saferportal.content.security.control.StaffDirectory;
import uk.police.saferportal.content.security.entity.Permissions;
import uk.police.saferportal.content.security.entity.Role;

/** Administrators open staff accounts and see who has which role. */
@Path("admin/staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staff accounts")
@SecurityRequirement(name = "bearer")
public class StaffResource {
  @Inject StaffDirectory directory;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Clock clock;

  @GET
  @RequiresPermissions(Permissions.STAFF_MANAGE)
  @Operation(summary = "All staff accounts")
  public Page<StaffView> list() {
    var items = directory.all().stream().map(a -> StaffView.of(a, clock.instant())).toList();
    return Page.of(items, new PageRequest(1, PageRequest.MAX_SIZE), items.size());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.STAFF_MANAGE)
  @Transactional
  @Operation(summary = "Open a staff account")
  public Response create(
      @Valid @NotNull(message = "Send the account as JSON") NewStaffAccount request,
      @Context UriInfo uri) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : request.roles()) {
      try {
        roles.add(Role.valueOf(String.valueOf(role).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ProblemException.invalidField(
            "roles", "Roles are editor, publisher and administrator");
      }
    }
    if (directory.find(request.username()).isPresent()) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.CONFLICT,
              "There is already an account with this username.",
              java.util.List.of(
                  new Problem.FieldError("username", "This username is already in use"))));
    }
    var account =
        directory.create(request.username(), request.displayName(), request.password(), roles);
    audit.record(caller.username(), "staff.create", "staff", account.username(), "roles: " + roles);
    return Response.created(uri.getAbsolutePathBuilder().path(account.username()).build())
        .entity(StaffView.of(account, clock.instant()))
        .build();
  }
}
