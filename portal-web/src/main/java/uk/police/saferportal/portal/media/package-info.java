/** The media library at /admin/media: upload files with alt text, find, describe, delete them. */
package uk.police.saferportal.portal.media;
