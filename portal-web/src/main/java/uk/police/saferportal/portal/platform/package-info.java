/**
 * Plumbing every feature uses: the one way to call the content API ({@code ApiCall}) with its
 * problem and unavailability handling, error summary, paging and query parameters, clean item
 * addresses, the cache of public reads with its last good copies and its purge hook (passed on to
 * every instance), and the HTTP caching headers of every page ({@code PublicPageCaching}).
 */
package uk.police.saferportal.portal.platform;
