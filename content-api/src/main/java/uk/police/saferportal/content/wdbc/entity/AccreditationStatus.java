package uk.police.saferportal.content.wdbc.entity;

import java.util.Locale;
import java.util.Optional;

/** Where a We Don't Buy Crime town or parish stands. */
public enum AccreditationStatus {
  /** Signed up; property marking and retailer pledges under way. */
  WORKING_TOWARDS,
  /** Accredited: met the scheme's standard on the date recorded. */
  ACCREDITED;

  public String apiName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<AccreditationStatus> fromApiName(String name) {
    for (AccreditationStatus status : values()) {
      if (status.apiName().equals(name)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
