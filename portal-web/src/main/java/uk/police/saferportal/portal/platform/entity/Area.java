package uk.police.saferportal.portal.platform.entity;

/** A local policing area, as the content API describes it. */
public record Area(String slug, String name, String description) {}
