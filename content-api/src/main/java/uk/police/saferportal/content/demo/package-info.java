/**
 * Demo mode: on the first start of the run command, seeds demo staff accounts and published advice
 * so a newcomer sees a working portal. Off unless {@code saferportal.demo.enabled=true}.
 */
package uk.police.saferportal.content.demo;
