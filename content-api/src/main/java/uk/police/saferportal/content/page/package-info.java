/**
 * Static pages of the site (accessibility statement, privacy notice, about), a content type on the
 * editorial core with no fields of its own, served at {@code /pages} and {@code /admin/pages}.
 */
package uk.police.saferportal.content.page;
