package uk.police.saferportal.portal.content.entity;

import java.util.List;
import uk.police.saferportal.portal.campaign.entity.CampaignDetails;

/**
 * What the editor sends to the content API to create or change an item: the shared fields, and for
 * campaigns only their own fields as one nested {@code campaign} object (null fields are left out
 * of the JSON).
 */
public record ContentDraft(
    String slug,
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas,
    CampaignDetails campaign,
    String contentNote) {}
