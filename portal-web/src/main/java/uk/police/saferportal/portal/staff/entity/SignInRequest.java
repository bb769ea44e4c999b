package uk.police.saferportal.portal.staff.entity;

/** Credentials sent to the content API. */
public record SignInRequest(String username, String password) {
  @Override
  public String toString() {
    return "SignInRequest[" + username + "]";
  }
}
