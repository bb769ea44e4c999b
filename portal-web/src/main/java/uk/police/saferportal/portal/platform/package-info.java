/**
 * Plumbing every feature uses: the one way to call the content API ({@code ApiCall}) with its
 * problem and unavailability handling, error summary, paging and query parameters, clean item
 * addresses, the cache of public reads and its purge hook (passed on to every instance).
 */
package uk.police.saferportal.portal.platform;
