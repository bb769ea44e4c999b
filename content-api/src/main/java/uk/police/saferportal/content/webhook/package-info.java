/**
 * Webhooks: administrators subscribe outside systems to publish, unpublish and archive events; each
 * event is written as a delivery in the transaction that caused it (an outbox), then sent signed
 * with HMAC-SHA256 and retried with exponential backoff. The portal's cache purge is one of them.
 */
package uk.police.saferportal.content.webhook;
