package uk.police.saferportal.portal.platform.entity;

/** The content API could not be reached, or failed on its side. */
public class ApiUnavailableException extends RuntimeException {
  public ApiUnavailableException(Throwable cause) {
    super("content API unavailable", cause);
  }
}
