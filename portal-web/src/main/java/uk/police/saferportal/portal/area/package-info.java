/** The policing areas and the postcode look-up that every area-aware page uses. */
package uk.police.saferportal.portal.area;
