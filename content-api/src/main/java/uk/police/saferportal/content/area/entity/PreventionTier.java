package uk.police.saferportal.content.area.entity;

/** The Prevention Strategy's tiers: stop it happening, act early, stop it happening again. */
public enum PreventionTier {
  PRIMARY,
  SECONDARY,
  TERTIARY
}
