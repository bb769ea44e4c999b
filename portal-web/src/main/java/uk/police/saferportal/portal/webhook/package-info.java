/** Webhooks for administrators at /admin/webhooks: add, pause, delete, read deliveries, retry. */
package uk.police.saferportal.portal.webhook;
