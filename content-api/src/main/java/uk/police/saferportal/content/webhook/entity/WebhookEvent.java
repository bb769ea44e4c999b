package uk.police.saferportal.content.webhook.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.police.saferportal.content.editorial.entity.ContentEvent;

/** The events a webhook can subscribe to, by their name outside ({@code content.published}). */
public final class WebhookEvent {
  /** Every event name, in a stable order. */
  public static final List<String> NAMES =
      Arrays.stream(ContentEvent.Kind.values()).map(ContentEvent.Kind::eventName).toList();

  private WebhookEvent() {}

  public static Optional<String> known(String name) {
    return name == null ? Optional.empty() : NAMES.stream().filter(name::equals).findFirst();
  }
}
