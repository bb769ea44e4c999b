/** Static pages (accessibility statement, privacy notice, about) at /pages/{slug}. */
package uk.police.saferportal.portal.page;
