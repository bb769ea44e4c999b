package uk.police.saferportal.portal.content.entity;

import java.time.Instant;

/** When to publish an article and, optionally, when to take it down. */
public record ScheduleRequest(Instant publishAt, Instant unpublishAt) {}
