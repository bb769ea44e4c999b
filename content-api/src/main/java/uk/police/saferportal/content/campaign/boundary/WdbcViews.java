package uk.police.saferportal.content.campaign.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.campaign.entity.WdbcRetailer;
import uk.police.saferportal.content.campaign.entity.WdbcTown;

/** The We Don't Buy Crime register as the API shows it. */
final class WdbcViews {
  private WdbcViews() {}

  /** A town or parish; {@code version} is the If-Match value for staff changes. */
  @JsonbPropertyOrder({"id", "name", "area", "status", "accreditedOn", "version"})
  public record TownView(
      long id, String name, AreaView area, String status, LocalDate accreditedOn, long version) {
    static TownView of(WdbcTown t) {
      return new TownView(
          t.id(),
          t.name(),
          AreaView.of(t.area()),
          t.status().apiName(),
          t.accreditedOn().orElse(null),
          t.version());
    }
  }

  /** The town a retailer is in, in short. */
  public record TownRef(long id, String name) {}

  /** A retailer; its area is its town's. */
  @JsonbPropertyOrder({"id", "name", "town", "area", "address", "website", "version"})
  public record RetailerView(
      long id,
      String name,
      TownRef town,
      AreaView area,
      String address,
      String website,
      long version) {
    static RetailerView of(WdbcRetailer r) {
      return new RetailerView(
          r.id(),
          r.name(),
          new TownRef(r.town().id(), r.town().name()),
          AreaView.of(r.town().area()),
          r.address().orElse(null),
          r.website().orElse(null),
          r.version());
    }
  }
}
