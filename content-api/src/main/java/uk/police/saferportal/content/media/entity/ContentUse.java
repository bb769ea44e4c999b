package uk.police.saferportal.content.media.entity;

/** A piece of content whose body shows or links to a media item. */
public record ContentUse(String contentType, String slug, String title) {}
