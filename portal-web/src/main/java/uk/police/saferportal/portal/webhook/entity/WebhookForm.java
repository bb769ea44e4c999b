package uk.police.saferportal.portal.webhook.entity;

import java.util.List;

/** What the back office sends to create or change a webhook. */
public record WebhookForm(String name, String url, List<String> events, Boolean active) {}
