package uk.police.saferportal.content.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.webhook.entity.RetryPolicy;

/** The webhook settings of {@code saferportal.webhooks.*}. */
@ApplicationScoped
public class WebhookSettings {
  @Inject
  @ConfigProperty(name = "saferportal.webhooks.allow-http", defaultValue = "false")
  boolean allowHttp;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.backoff-seconds", defaultValue = "30")
  long backoffSeconds;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.max-attempts", defaultValue = "8")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.timeout-seconds", defaultValue = "10")
  long timeoutSeconds;

  /** Whether plain-http targets are accepted (only for development and tests). */
  public boolean allowHttp() {
    return allowHttp;
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(Duration.ofSeconds(Math.max(1, backoffSeconds)), maxAttempts);
  }

  /** How long one attempt may take to answer. */
  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }
}
