package uk.police.saferportal.portal.content.entity;

/** One finding of the API's publishing checks: a blocking one stops publication. */
public record ContentCheck(String field, String message, boolean blocking) {}
