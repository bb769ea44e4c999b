package uk.police.saferportal.content.webhook.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an administrator sends to create or change a webhook. {@code active} is optional (a new
 * webhook is active; a change without it keeps the webhook active).
 */
public record WebhookRequest(
    @NotBlank(message = "Enter a name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,
    @NotBlank(message = "Enter the address to send events to")
        @Size(max = 500, message = "The address must be 500 characters or fewer")
        String url,
    @NotEmpty(message = "Choose at least one event") List<String> events,
    Boolean active) {}
