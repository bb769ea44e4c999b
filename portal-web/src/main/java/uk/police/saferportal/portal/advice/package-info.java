/** The public advice pages: the index with topic and area filters and search, and articles. */
package uk.police.saferportal.portal.advice;
