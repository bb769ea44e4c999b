package uk.police.saferportal.content.media.boundary;

/**
 * A new description of a media item: alt text (required for images) and an optional title. The file
 * itself never changes; upload a new one instead.
 */
public record MediaDescription(String alt, String title) {}
