package uk.police.saferportal.portal.token.entity;

import java.time.Instant;

/** What the back office sends to create an API token; a null expiry means until revoked. */
public record NewApiToken(String name, String scope, Instant expiresAt) {}
