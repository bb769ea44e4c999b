package uk.police.saferportal.content.area.entity;

import java.util.Map;
import java.util.Optional;

/**
 * The offline postcode lookup table: prefixes (postcode areas such as "HR", or districts such as
 * "TF11") mapped to an area slug, or to nothing for a district outside the force. The most specific
 * prefix wins, so a district can override its postcode area.
 */
public final class PostcodeDistricts {
  private final Map<String, Optional<String>> areaByPrefix;

  public PostcodeDistricts(Map<String, Optional<String>> areaByPrefix) {
    this.areaByPrefix = Map.copyOf(areaByPrefix);
  }

  /** The slug of the area covering the postcode, or empty when the force does not police it. */
  public Optional<String> areaOf(Postcode postcode) {
    Optional<String> district = areaByPrefix.get(postcode.outward());
    if (district != null) {
      return district;
    }
    Optional<String> area = areaByPrefix.get(postcode.area());
    return area == null ? Optional.empty() : area;
  }
}
