/** Site-wide search at /search over every published content type. */
package uk.police.saferportal.portal.search;
