package uk.police.saferportal.content.wdbc.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import uk.police.saferportal.content.area.boundary.AreaView;
import uk.police.saferportal.content.wdbc.entity.WdbcRetailer;
import uk.police.saferportal.content.wdbc.entity.WdbcTown;

/** The We Don't Buy Crime register as the API shows it: known by slugs, never database ids. */
final class WdbcViews {
  private WdbcViews() {}

  /** A town or parish; {@code version} is the If-Match value for staff changes. */
  @JsonbPropertyOrder({"slug", "name", "area", "status", "accreditedOn", "version"})
  public record TownView(
      String slug,
      String name,
      AreaView area,
      String status,
      LocalDate accreditedOn,
      long version) {
    static TownView of(WdbcTown t) {
      return new TownView(
          t.slug(),
          t.name(),
          AreaView.of(t.area()),
          t.status().apiName(),
          t.accreditedOn().orElse(null),
          t.version());
    }
  }

  /** The town a retailer is in, in short. */
  public record TownRef(String slug, String name) {}

  /** A retailer; its area is its town's. */
  @JsonbPropertyOrder({"slug", "name", "town", "area", "address", "website", "version"})
  public record RetailerView(
      String slug,
      String name,
      TownRef town,
      AreaView area,
      String address,
      String website,
      long version) {
    static RetailerView of(WdbcRetailer r) {
      return new RetailerView(
          r.slug(),
          r.name(),
          new TownRef(r.town().slug(), r.town().name()),
          AreaView.of(r.town().area()),
          r.address().orElse(null),
          r.website().orElse(null),
          r.version());
    }
  }
}
