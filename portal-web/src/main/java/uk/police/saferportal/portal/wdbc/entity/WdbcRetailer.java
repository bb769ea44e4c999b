package uk.police.saferportal.portal.wdbc.entity;

import uk.police.saferportal.portal.area.entity.Area;

/** A We Don't Buy Crime partner retailer, as the content API answers it. */
public record WdbcRetailer(
    String slug,
    String name,
    TownRef town,
    Area area,
    String address,
    String website,
    long version) {

  /** The town a retailer is in. */
  public record TownRef(String slug, String name) {}
}
