package uk.police.saferportal.content.support;

/**
 * What every feature's API test cases need from the one shared deployment: a client for the running
 * API. Each feature's cases are an interface of default test methods extending this one; {@code
 * ContentApiIT} implements them all, so the module starts Payara Micro once.
 */
public interface ApiCases {
  ApiClient api();
}
