/** The home page: topics to browse, the latest advice and the postcode finder. */
package uk.police.saferportal.portal.home;
