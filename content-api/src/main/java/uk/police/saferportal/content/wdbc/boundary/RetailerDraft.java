package uk.police.saferportal.content.wdbc.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff send to add or change a partner retailer: name, the town's slug, optional address and
 * site.
 */
public record RetailerDraft(
    @NotBlank(message = "Enter the retailer's name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,
    @NotBlank(message = "Choose the town") String town,
    @Size(max = 200, message = "Address must be 200 characters or fewer") String address,
    @Size(max = 300, message = "Website must be 300 characters or fewer")
        @Pattern(regexp = "https://\\S+", message = "Enter a website starting with https://")
        String website) {}
