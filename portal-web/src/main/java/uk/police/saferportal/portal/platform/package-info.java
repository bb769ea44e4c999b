/**
 * What every page needs: the typed REST client of the content API and its error handling, the API's
 * shapes as records, the cache of public reads with its purge (webhook, passed on to every instance
 * of the cluster), and page-level plumbing (messages, API unavailability).
 */
package uk.police.saferportal.portal.platform;
