package uk.police.saferportal.content.advice.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import uk.police.saferportal.content.editorial.entity.Slug;

/** What an editor sends to create or change an article. Topics and areas are slugs. */
public record AdviceDraft(
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
    @NotBlank(message = "Enter the body of the article")
        @Size(max = 200_000, message = "Body must be 200,000 characters or fewer")
        String body,
    @Size(max = 10, message = "Choose 10 topics or fewer") List<String> topics,
    @Size(max = 5, message = "Choose 5 areas or fewer") List<String> areas) {}
