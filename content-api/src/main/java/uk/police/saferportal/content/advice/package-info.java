/**
 * Crime-prevention advice articles, a content type on the editorial core with no fields of its own:
 * declared by {@code AdviceType}, served at {@code /advice} and {@code /admin/advice}.
 */
package uk.police.saferportal.content.advice;
