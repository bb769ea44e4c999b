package uk.police.saferportal.portal.area.entity;

/** A local policing area, as the content API describes it. */
public record Area(String slug, String name, String description) {}
