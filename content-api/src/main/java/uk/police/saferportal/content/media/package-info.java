/**
 * The media library: images and documents uploaded once, checked by their bytes, described with alt
 * text, reused in rich text by their library address and served with long-lived cache headers.
 */
package uk.police.saferportal.content.media;
