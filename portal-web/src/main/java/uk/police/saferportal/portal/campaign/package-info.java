/**
 * Campaign pages for residents: the campaigns index and one campaign at /campaigns/{slug} (the We
 * Don't Buy Crime hub also shows the register), and the campaign's own fields.
 */
package uk.police.saferportal.portal.campaign;
