package uk.police.saferportal.content.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What an administrator sends to create an API token; no expiry means it lasts until revoked. */
public record NewApiToken(
    @NotBlank(message = "Enter a name for the token")
        @Size(max = 80, message = "Name must be 80 characters or fewer")
        @Pattern(
            regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9 ._-]*\\s*$",
            message = "Name can contain letters, numbers, spaces, dots, hyphens and underscores")
        String name,
    @NotBlank(message = "Choose what the token may do: read or read-write") String scope,
    Instant expiresAt) {}
