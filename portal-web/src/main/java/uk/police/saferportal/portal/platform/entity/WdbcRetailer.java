package uk.police.saferportal.portal.platform.entity;

/** A We Don't Buy Crime partner retailer, as the content API answers it. */
public record WdbcRetailer(
    long id, String name, TownRef town, Area area, String address, String website, long version) {

  /** The town a retailer is in. */
  public record TownRef(long id, String name) {}
}
