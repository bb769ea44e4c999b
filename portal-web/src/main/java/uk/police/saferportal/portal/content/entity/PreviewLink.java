package uk.police.saferportal.portal.content.entity;

import java.time.Instant;

/** A preview link the content API just made: its secret token (shown once) and its expiry. */
public record PreviewLink(String token, Instant expiresAt) {}
