package uk.police.saferportal.content.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.entity.ProblemException;

/**
 * The portal caches what it reads from the API and is told to purge by a webhook like any other
 * receiver. When {@code saferportal.webhooks.portal.url} and {@code .secret} are configured, this
 * keeps that webhook on every start, subscribed to every event.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PortalWebhook {
  static final String NAME = "Portal cache purge";
  private static final Logger LOG = Logger.getLogger(PortalWebhook.class.getName());

  @Inject WebhookDesk desk;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.portal.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.portal.secret")
  Optional<String> secret;

  @PostConstruct
  void keep() {
    if (url.isEmpty() || url.get().isBlank() || secret.isEmpty() || secret.get().isBlank()) {
      desk.pauseManaged();
      return;
    }
    try {
      desk.keepManaged(NAME, url.get(), secret.get());
      LOG.info("The portal's cache-purge webhook is configured");
    } catch (ProblemException e) {
      LOG.log(
          Level.WARNING,
          "saferportal.webhooks.portal.url is not a usable address (a full http or https"
              + " address); the portal's cache will not be purged");
    } catch (RuntimeException e) {
      // e.g. another instance starting at the same moment made it first: it is there either way
      // only the kind of failure: the message of a database error could quote the secret
      LOG.warning(
          () ->
              "Could not keep the portal's cache-purge webhook this time: "
                  + e.getClass().getSimpleName());
    }
  }
}
