package uk.police.saferportal.portal.wdbc.entity;

/** What the back office sends to add a We Don't Buy Crime partner retailer. */
public record RetailerDraft(String name, String town, String address, String website) {}
