/**
 * Crime-prevention advice articles on the shared editorial core: the public catalogue (published
 * only, filtered by topic, area and text) and the staff resource.
 */
package uk.police.saferportal.content.advice;
