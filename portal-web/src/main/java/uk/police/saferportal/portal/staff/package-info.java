/**
 * Staff sign-in and sign-out against the content API (the Shiro realm and filters), the token on
 * every staff call, and the signed-in member for pages. The API enforces roles; pages only hide.
 */
package uk.police.saferportal.portal.staff;
