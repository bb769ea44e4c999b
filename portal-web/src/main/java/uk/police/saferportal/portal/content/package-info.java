/**
 * The editorial core of the back office, shared by every content type: the content list, the editor
 * and its workflow buttons, previews and revision comparisons, and the staff content API.
 */
package uk.police.saferportal.portal.content;
