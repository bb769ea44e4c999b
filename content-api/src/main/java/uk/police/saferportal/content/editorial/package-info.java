/**
 * The core every content type plugs into (a {@code ContentType} bean in the type's own package):
 * editing, the publication workflow and scheduling, working drafts, revisions, preview and search,
 * the same for every type. It imports no content type.
 */
package uk.police.saferportal.content.editorial;
