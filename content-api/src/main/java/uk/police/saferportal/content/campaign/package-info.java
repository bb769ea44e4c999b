/**
 * Campaign pages (We Don't Buy Crime first among them), a content type on the editorial core: the
 * shared fields plus a hero image, a call to action and the dates the campaign runs.
 */
package uk.police.saferportal.content.campaign;
