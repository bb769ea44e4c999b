package uk.police.saferportal.content.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.police.saferportal.content.security.control.Passwords;

/** What an administrator sends to open a staff account. */
public record NewStaffAccount(
    @NotBlank(message = "Enter a username")
        @Size(max = 120, message = "Username must be 120 characters or fewer")
        @Pattern(
            regexp = "^[A-Za-z0-9._@-]+$",
            message = "Username can contain letters, numbers, dots, hyphens, underscores and @")
        String username,
    @NotBlank(message = "Enter the person's name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String displayName,
    @NotBlank(message = "Enter a password")
        @Size(
            min = Passwords.MIN_LENGTH,
            max = 200,
            message = "Password must be between 12 and 200 characters")
        String password,
    @NotEmpty(message = "Choose at least one role") List<String> roles) {

  @Override
  public String toString() {
    return "NewStaffAccount[username=" + username + ", roles=" + roles + "]";
  }
}
