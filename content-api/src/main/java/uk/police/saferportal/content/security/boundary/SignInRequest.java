package uk.police.saferportal.content.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff member's credentials. Never logged, never stored. */
public record SignInRequest(
    @NotBlank(message = "Enter your username") @Size(max = 120, message = "Username is too long")
        String username,
    @NotBlank(message = "Enter your password") @Size(max = 200, message = "Password is too long")
        String password) {

  @Override
  public String toString() {
    return "SignInRequest[username=" + username + "]";
  }
}
