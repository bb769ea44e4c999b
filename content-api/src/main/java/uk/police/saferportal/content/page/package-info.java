/**
 * Static pages of the site (accessibility statement, privacy notice, about) on the shared editorial
 * core.
 */
package uk.police.saferportal.content.page;
