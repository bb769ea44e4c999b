/**
 * Demo mode: off unless {@code saferportal.demo.enabled=true}. On start it announces {@code
 * DemoSeeding}; each feature seeds its own demo data ({@code control.XxxDemoData}) when it has
 * none.
 */
package uk.police.saferportal.content.demo;
