package uk.police.saferportal.content.area.boundary;

import uk.police.saferportal.content.area.entity.Area;

/** An area as the API shows it. */
public record AreaView(String slug, String name, String description) {
  public static AreaView of(Area area) {
    return new AreaView(area.slug(), area.name(), area.description());
  }
}
