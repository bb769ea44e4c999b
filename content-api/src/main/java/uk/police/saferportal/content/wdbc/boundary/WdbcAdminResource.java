package uk.police.saferportal.content.wdbc.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.police.saferportal.content.area.control.AreaDirectory;
import uk.police.saferportal.content.area.entity.Area;
import uk.police.saferportal.content.platform.boundary.VersionTags;
import uk.police.saferportal.content.platform.entity.Page;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.security.boundary.Caller;
import uk.police.saferportal.content.security.entity.Permissions;
import uk.police.saferportal.content.wdbc.control.WdbcRegister;
import uk.police.saferportal.content.wdbc.entity.AccreditationStatus;
import uk.police.saferportal.content.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.content.wdbc.entity.WdbcTown;

/**
 * Staff keep the We Don't Buy Crime register: add, change (If-Match) and remove towns and
 * retailers, by slug. Writers may add and change; removing needs the delete permission.
 */
@Path("admin/wdbc")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "We Don't Buy Crime (staff)")
@SecurityRequirement(name = "bearer")
public class WdbcAdminResource {
  @Inject WdbcRegister register;
  @Inject AreaDirectory directory;
  @Inject Caller caller;

  @GET
  @Path("towns")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Every town, with the version to send in If-Match")
  public Page<WdbcViews.TownView> towns() {
    return WdbcResource.whole(
        register.towns(Optional.empty()).stream().map(WdbcViews.TownView::of).toList());
  }

  @POST
  @Path("towns")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Add a town or parish")
  public Response addTown(
      @Valid @NotNull(message = "Send the town as JSON") TownDraft draft, @Context UriInfo uri) {
    AccreditationStatus status = status(draft);
    WdbcTown town =
        register.addTown(
            draft.name().trim(),
            area(draft.area()),
            status,
            draft.accreditedOn(),
            caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(town.slug()).build())
        .entity(WdbcViews.TownView.of(town))
        .tag(VersionTags.of(town.version()))
        .build();
  }

  @PUT
  @Path("towns/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Change a town; needs If-Match")
  public Response changeTown(
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "Send the town as JSON") TownDraft draft) {
    long version = VersionTags.required(ifMatch);
    AccreditationStatus status = status(draft);
    WdbcTown town =
        register.changeTown(
            slug,
            version,
            draft.name().trim(),
            area(draft.area()),
            status,
            draft.accreditedOn(),
            caller.username());
    return Response.ok(WdbcViews.TownView.of(town)).tag(VersionTags.of(town.version())).build();
  }

  @DELETE
  @Path("towns/{slug}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Remove a town that has no retailers listed")
  public Response removeTown(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    register.removeTown(slug, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  @GET
  @Path("retailers")
  @RequiresPermissions(Permissions.CONTENT_READ)
  @Operation(summary = "Every retailer, with the version to send in If-Match")
  public Page<WdbcViews.RetailerView> retailers() {
    return WdbcResource.whole(
        register.retailers(Optional.empty(), Optional.empty()).stream()
            .map(WdbcViews.RetailerView::of)
            .toList());
  }

  @POST
  @Path("retailers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Add a partner retailer")
  public Response addRetailer(
      @Valid @NotNull(message = "Send the retailer as JSON") RetailerDraft draft,
      @Context UriInfo uri) {
    WdbcRetailer retailer =
        register.addRetailer(
            draft.name().trim(),
            town(draft.town()),
            blankToNull(draft.address()),
            blankToNull(draft.website()),
            caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(retailer.slug()).build())
        .entity(WdbcViews.RetailerView.of(retailer))
        .tag(VersionTags.of(retailer.version()))
        .build();
  }

  @PUT
  @Path("retailers/{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermissions(Permissions.CONTENT_WRITE)
  @Operation(summary = "Change a retailer; needs If-Match")
  public Response changeRetailer(
      @PathParam("slug") String slug,
      @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull(message = "Send the retailer as JSON") RetailerDraft draft) {
    long version = VersionTags.required(ifMatch);
    WdbcRetailer retailer =
        register.changeRetailer(
            slug,
            version,
            draft.name().trim(),
            town(draft.town()),
            blankToNull(draft.address()),
            blankToNull(draft.website()),
            caller.username());
    return Response.ok(WdbcViews.RetailerView.of(retailer))
        .tag(VersionTags.of(retailer.version()))
        .build();
  }

  @DELETE
  @Path("retailers/{slug}")
  @RequiresPermissions(Permissions.CONTENT_DELETE)
  @Operation(summary = "Remove a retailer from the list")
  public Response removeRetailer(
      @PathParam("slug") String slug, @HeaderParam("If-Match") String ifMatch) {
    register.removeRetailer(slug, VersionTags.optional(ifMatch), caller.username());
    return Response.noContent().build();
  }

  private Area area(String slug) {
    return directory
        .area(slug.trim())
        .orElseThrow(() -> ProblemException.invalidField("area", "Choose one of the areas"));
  }

  /** The town a retailer is in, by slug; an unknown one is a problem with the field. */
  private WdbcTown town(String slug) {
    return register
        .findTown(slug.trim())
        .orElseThrow(() -> ProblemException.invalidField("town", "Choose the town"));
  }

  private static AccreditationStatus status(TownDraft draft) {
    AccreditationStatus status =
        AccreditationStatus.fromApiName(draft.status().trim())
            .orElseThrow(
                () ->
                    ProblemException.invalidField(
                        "status", "Choose working towards accreditation or accredited"));
    if (status == AccreditationStatus.ACCREDITED && draft.accreditedOn() == null) {
      throw ProblemException.invalidField("accreditedOn", "Enter the date it was accredited");
    }
    if (status != AccreditationStatus.ACCREDITED && draft.accreditedOn() != null) {
      throw ProblemException.invalidField(
          "accreditedOn", "Only an accredited town has an accreditation date");
    }
    return status;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
