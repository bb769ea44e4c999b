package uk.police.saferportal.portal.wdbc.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import uk.police.saferportal.portal.area.control.Areas;
import uk.police.saferportal.portal.area.entity.Area;
import uk.police.saferportal.portal.platform.boundary.ApiCall;
import uk.police.saferportal.portal.platform.boundary.ProblemMessages;
import uk.police.saferportal.portal.platform.entity.Problem;
import uk.police.saferportal.portal.wdbc.control.WdbcStaffApi;
import uk.police.saferportal.portal.wdbc.entity.RetailerDraft;
import uk.police.saferportal.portal.wdbc.entity.TownDraft;
import uk.police.saferportal.portal.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.portal.wdbc.entity.WdbcTown;

/**
 * The We Don't Buy Crime register in the back office: add a town or parish, change its status
 * (accredit it), add partner retailers, remove either. Every change goes through the content API,
 * which checks the role, the version (If-Match) and records it in the audit log.
 */
@Named
@ViewScoped
public class WdbcRegisterPage implements Serializable {
  private static final Set<String> TOWN_FIELDS = Set.of("name", "area", "status", "accreditedOn");
  private static final Set<String> RETAILER_FIELDS =
      Set.of("retailerName", "town", "address", "website");

  @Inject @RestClient transient WdbcStaffApi api;
  @Inject transient Areas areaList;

  private List<WdbcTown> towns = List.of();
  private List<WdbcRetailer> retailers = List.of();
  private List<Area> areas = List.of();
  private boolean unavailable;

  private String editing;
  private Long editingVersion;
  private String name;
  private String area;
  private String status = "working-towards";
  private String accreditedOn;

  private String retailerName;
  private String town;
  private String address;
  private String website;

  /** Called by the view's viewAction (on the first request only, not on postbacks). */
  public void load() {
    ApiCall.run(
            () -> {
              areas = areaList.all();
              towns = api.towns().items();
              retailers = api.retailers().items();
            })
        .load(() -> unavailable = true);
  }

  /** Puts a town into the form to change it. */
  public void edit(WdbcTown t) {
    editing = t.slug();
    editingVersion = t.version();
    name = t.name();
    area = t.area().slug();
    status = t.status();
    accreditedOn = t.accreditedOn() == null ? null : t.accreditedOn().toString();
  }

  public void cancelEdit() {
    editing = null;
    editingVersion = null;
    name = null;
    area = null;
    status = "working-towards";
    accreditedOn = null;
  }

  public String saveTown() {
    String chosen = Faces.getRequestParameter("status");
    if (chosen != null) {
      status = chosen;
    }
    LocalDate date;
    try {
      date = accreditedOn == null || accreditedOn.isBlank() ? null : LocalDate.parse(accreditedOn);
    } catch (DateTimeParseException e) {
      ProblemMessages.error("accreditedOn", "Enter the date it was accredited as a real date");
      return null;
    }
    TownDraft draft = new TownDraft(name, area, status, date);
    String done = (editing == null ? "Added " : "Changed ") + name;
    return call(
        ApiCall.of(
            () ->
                editing == null
                    ? api.addTown(draft)
                    : api.changeTown(editing, "\"" + editingVersion + "\"", draft)),
        done,
        TOWN_FIELDS);
  }

  public String removeTown(WdbcTown t) {
    return call(
        ApiCall.run(() -> api.removeTown(t.slug(), "\"" + t.version() + "\"")),
        "Removed " + t.name(),
        Set.of());
  }

  public String addRetailer() {
    RetailerDraft draft = new RetailerDraft(retailerName, town, address, website);
    return call(ApiCall.of(() -> api.addRetailer(draft)), "Added " + retailerName, RETAILER_FIELDS);
  }

  public String removeRetailer(WdbcRetailer r) {
    return call(
        ApiCall.run(() -> api.removeRetailer(r.slug(), "\"" + r.version() + "\"")),
        "Removed " + r.name(),
        Set.of());
  }

  private String call(ApiCall<?> change, String done, Set<String> fields) {
    return change
        .on(403, "Your role does not allow this. Ask a publisher.")
        .on(412, "Someone else changed this meanwhile. Reload the page to see their change.")
        .otherwise(
            problem ->
                ProblemMessages.show(
                    fields == RETAILER_FIELDS ? asRetailer(problem) : problem, fields))
        .submit()
        .map(
            changed -> {
              Messages.addFlashGlobalInfo(done);
              return "/admin/wdbc?faces-redirect=true";
            })
        .orElse(null);
  }

  /** On this page the retailer form's name field is "retailerName" (the town form has "name"). */
  private static Problem asRetailer(Problem problem) {
    return new Problem(
        problem.type(),
        problem.title(),
        problem.status(),
        problem.detail(),
        problem.errors().stream()
            .map(
                err ->
                    "name".equals(err.field())
                        ? new Problem.FieldError("retailerName", err.message())
                        : err)
            .toList());
  }

  public List<WdbcTown> getTowns() {
    return towns;
  }

  public List<WdbcRetailer> getRetailers() {
    return retailers;
  }

  public List<Area> getAreas() {
    return areas;
  }

  public boolean isUnavailable() {
    return unavailable;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAccreditedOn() {
    return accreditedOn;
  }

  public void setAccreditedOn(String accreditedOn) {
    this.accreditedOn = accreditedOn;
  }

  public String getRetailerName() {
    return retailerName;
  }

  public void setRetailerName(String retailerName) {
    this.retailerName = retailerName;
  }

  public String getTown() {
    return town;
  }

  public void setTown(String town) {
    this.town = town;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
