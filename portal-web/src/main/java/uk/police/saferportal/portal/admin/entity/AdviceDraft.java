package uk.police.saferportal.portal.admin.entity;

import java.util.List;

/** What the editor sends to the content API to create or change an article. */
public record AdviceDraft(
    String slug,
    String title,
    String summary,
    String body,
    List<String> topics,
    List<String> areas) {}
