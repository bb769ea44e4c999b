/**
 * The We Don't Buy Crime register of towns and partner retailers: grouped by area for the hub page,
 * and kept by staff on /admin/wdbc.
 */
package uk.police.saferportal.portal.wdbc;
