package uk.police.saferportal.content.wdbc.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What staff send to add or change a We Don't Buy Crime town: name, area slug, status ({@code
 * working-towards} or {@code accredited}) and, for an accredited town, the date.
 */
public record TownDraft(
    @NotBlank(message = "Enter the town or parish name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,
    @NotBlank(message = "Choose the area") String area,
    @NotBlank(message = "Choose the status") String status,
    LocalDate accreditedOn) {}
