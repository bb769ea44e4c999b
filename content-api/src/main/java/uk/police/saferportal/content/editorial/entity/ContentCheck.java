package uk.police.saferportal.content.editorial.entity;

/**
 * One finding of the publishing checks: which field, what to fix, and whether it blocks publication
 * or is only a warning.
 */
public record ContentCheck(String field, String message, boolean blocking) {}
