/**
 * Where: the force's five local policing areas, the offline postcode-district lookup that maps a
 * resident's postcode to one of them, and the advice topics.
 */
package uk.police.saferportal.content.area;
