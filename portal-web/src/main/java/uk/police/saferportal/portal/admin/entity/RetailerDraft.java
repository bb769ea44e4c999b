package uk.police.saferportal.portal.admin.entity;

/** What the back office sends to add a We Don't Buy Crime partner retailer. */
public record RetailerDraft(String name, Long town, String address, String website) {}
