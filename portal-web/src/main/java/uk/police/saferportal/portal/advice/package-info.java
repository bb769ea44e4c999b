/**
 * Crime-prevention advice for residents: the index with topic, area and postcode filters and
 * search, and one article at /advice/{slug}; its REST client and cached reads.
 */
package uk.police.saferportal.portal.advice;
