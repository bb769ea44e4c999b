/**
 * Cross-cutting plumbing of the content API: the JAX-RS application, the one problem+json error
 * shape, paging and query-parameter rules, HTTP caching, database migration and health.
 */
package uk.police.saferportal.content.platform;
