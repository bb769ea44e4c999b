package uk.police.saferportal.portal.media.entity;

/** A new alt text and title for a media item. */
public record MediaDescription(String alt, String title) {}
