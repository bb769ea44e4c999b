/**
 * The staff back office under /admin: Shiro form sign-in against the content API, the advice list
 * and editor. The staff member's token rides on their API calls; the API enforces roles, the pages
 * only hide what a role cannot do.
 */
package uk.police.saferportal.portal.admin;
