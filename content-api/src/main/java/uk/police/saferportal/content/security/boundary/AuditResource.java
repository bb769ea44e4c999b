package uk.police.saferportal.content.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.platform.boundary.HttpCaching;
import uk.police.saferportal.content.platform.entity.PageRequest;
import uk.police.saferportal.content.security.control.AuditTrail;
import uk.police.saferportal.content.security.entity.AuditEntry;
import uk.police.saferportal.content.security.entity.Permissions;

/** The audit log of staff actions, for administrators. */
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log")
@SecurityRequirement(name = "bearer")
public class AuditResource {
  @Inject AuditTrail trail;

  /** One audit entry as the API shows it. */
  public record AuditView(
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectRef,
      String detail) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.occurredAt(), e.actor(), e.action(), e.subjectType(), e.subjectRef(), e.detail());
    }
  }

  @GET
  @RequiresPermissions(Permissions.AUDIT_READ)
  @Operation(summary = "Staff actions, newest first")
  public Response search(
      @QueryParam("subjectType") String subjectType,
      @QueryParam("subjectRef") String subjectRef,
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @Context Request request) {
    var entries =
        trail.search(present(subjectType), present(subjectRef), PageRequest.parse(page, size));
    return HttpCaching.privateRead(request, entries.map(AuditView::of));
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
