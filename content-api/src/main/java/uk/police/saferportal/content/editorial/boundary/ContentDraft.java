package uk.police.saferportal.content.editorial.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.police.saferportal.content.editorial.entity.Slug;

/**
 * The shared fields of what an editor sends to create or change an item of any type; topics and
 * areas are slugs. A type with fields of its own takes them from a nested object named after it
 * ({@link ContentDraftReader}).
 */
public record ContentDraft(
    @Size(max = Slug.MAX_LENGTH, message = "Slug must be 100 characters or fewer")
        @Pattern(
            regexp = Slug.PATTERN,
            message = "Slug can only contain lower-case letters, numbers and single hyphens")
        String slug,
    @NotBlank(message = "Enter a title")
        @Size(max = 150, message = "Title must be 150 characters or fewer")
        String title,
    @NotBlank(message = "Enter a summary")
        @Size(max = 300, message = "Summary must be 300 characters or fewer")
        String summary,
    @NotBlank(message = "Enter the body text")
        @Size(max = 200_000, message = "Body must be 200,000 characters or fewer")
        String body,
    @Size(max = 10, message = "Choose 10 topics or fewer") List<String> topics,
    @Size(max = 5, message = "Choose 5 areas or fewer") List<String> areas,
    @Size(max = 400, message = "Content note must be 400 characters or fewer")
        String contentNote) {}
