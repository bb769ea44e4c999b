package uk.police.saferportal.portal.content.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * What the editor sends to the content API to create or change an item. The campaign fields are
 * sent for campaigns only (null fields are left out of the JSON).
 */
public record ContentDraft(
    String slug,
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas,
    String heroImage,
    String heroAlt,
    String callToActionLabel,
    String callToActionUrl,
    LocalDate startsOn,
    LocalDate endsOn,
    String contentNote) {}
