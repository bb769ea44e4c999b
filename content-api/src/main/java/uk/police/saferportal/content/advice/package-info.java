/**
 * Crime-prevention advice articles: the public catalogue (published only, filtered by topic, area
 * and text) and the staff desk that writes, publishes and unpublishes them.
 */
package uk.police.saferportal.content.advice;
