package uk.police.saferportal.content.editorial.boundary;

import java.time.Instant;

/**
 * When to publish, and optionally when to take down, as ISO-8601 instants ("2026-12-01T09:00:00Z").
 * Without {@code publishAt}, a published item gets only an end.
 */
public record ScheduleRequest(Instant publishAt, Instant unpublishAt) {}
