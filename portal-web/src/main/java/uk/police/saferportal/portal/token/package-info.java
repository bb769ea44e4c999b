/** API tokens for machine clients at /admin/tokens: create (secret shown once), list, revoke. */
package uk.police.saferportal.portal.token;
