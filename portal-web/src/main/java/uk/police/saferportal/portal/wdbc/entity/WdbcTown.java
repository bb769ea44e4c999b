package uk.police.saferportal.portal.wdbc.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.police.saferportal.portal.area.entity.Area;

/** A We Don't Buy Crime town or parish, as the content API answers it. */
public record WdbcTown(
    String slug, String name, Area area, String status, LocalDate accreditedOn, long version) {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public boolean isAccredited() {
    return "accredited".equals(status);
  }

  /** "Accredited" or "Working towards accreditation". */
  public String statusText() {
    return isAccredited() ? "Accredited" : "Working towards accreditation";
  }

  public String accreditedOnText() {
    return accreditedOn == null ? "" : DAY.format(accreditedOn);
  }
}
