package uk.police.saferportal.portal.wdbc.entity;

import java.time.LocalDate;

/** What the back office sends to add or change a We Don't Buy Crime town. */
public record TownDraft(String name, String area, String status, LocalDate accreditedOn) {}
