/**
 * What every content type shares: slugs, the editorial state machine and the rich-text sanitiser.
 * Advice uses it today; campaign and static pages will use the same core.
 */
package uk.police.saferportal.content.editorial;
