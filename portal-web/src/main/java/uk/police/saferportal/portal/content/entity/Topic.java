package uk.police.saferportal.portal.content.entity;

/** An advice topic, as the content API describes it. */
public record Topic(String slug, String name, String description, String preventionTier) {}
