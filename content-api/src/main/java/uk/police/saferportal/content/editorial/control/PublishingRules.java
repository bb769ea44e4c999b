package uk.police.saferportal.content.editorial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.editorial.entity.ContentCheck;
import uk.police.saferportal.content.platform.entity.Problem;
import uk.police.saferportal.content.platform.entity.ProblemException;
import uk.police.saferportal.content.platform.entity.ProblemType;

/**
 * The publishing checks as configured ({@code saferportal.publishing.max-reading-age}, {@code
 * saferportal.publishing.reading-age-mode} = warn or block), and the gate that refuses to publish
 * or schedule content with a blocking finding (422 with the list of what to fix).
 */
@ApplicationScoped
public class PublishingRules {
  @Inject
  @ConfigProperty(name = "saferportal.publishing.max-reading-age", defaultValue = "12")
  int maxReadingAge;

  @Inject
  @ConfigProperty(name = "saferportal.publishing.reading-age-mode", defaultValue = "warn")
  String readingAgeMode;

  public List<ContentCheck> check(String title, String summary, String body) {
    boolean blocks = "block".equals(readingAgeMode.trim().toLowerCase(Locale.ROOT));
    return new PublishingChecks(maxReadingAge, blocks).check(title, summary, body);
  }

  /** Throws a 422 problem listing every blocking finding, if there is one. */
  public void requirePublishable(String title, String summary, String body) {
    List<Problem.FieldError> blocking =
        check(title, summary, body).stream()
            .filter(ContentCheck::blocking)
            .map(c -> new Problem.FieldError(c.field(), c.message()))
            .toList();
    if (!blocking.isEmpty()) {
      throw new ProblemException(
          Problem.withErrors(
              ProblemType.PUBLISHING_CHECKS,
              "Fix the points listed in errors, then publish again.",
              blocking));
    }
  }
}
