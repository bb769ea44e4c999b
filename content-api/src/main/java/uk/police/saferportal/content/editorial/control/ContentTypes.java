package uk.police.saferportal.content.editorial.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.ContentItem;
import uk.police.saferportal.content.editorial.entity.ContentType;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The content types plugged into the core: every {@link ContentType} bean in the application, found
 * at start-up. A new type is a new bean in its own package; nothing here changes.
 */
@ApplicationScoped
public class ContentTypes {
  @Inject @Any Instance<ContentType> declared;

  private List<ContentType> types;

  @PostConstruct
  void discover() {
    types = declared.stream().sorted(Comparator.comparing(ContentType::name)).toList();
  }

  /** Every type, by name. */
  public List<ContentType> all() {
    return types;
  }

  /** The type at a collection address ({@code campaigns}); an unknown collection is 404. */
  public ContentType ofCollection(String collection) {
    return types.stream()
        .filter(t -> t.collection().equals(collection))
        .findFirst()
        .orElseThrow(() -> ProblemException.notFound("Collection " + collection));
  }

  public Optional<ContentType> named(String name) {
    return types.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  /** The type of an item. */
  public ContentType of(ContentItem item) {
    return named(item.contentType())
        .orElseThrow(() -> new IllegalStateException("no ContentType bean for " + item));
  }

  /** The type names, for messages: "advice, campaign, page". */
  public String names() {
    return String.join(", ", types.stream().map(ContentType::name).toList());
  }
}
