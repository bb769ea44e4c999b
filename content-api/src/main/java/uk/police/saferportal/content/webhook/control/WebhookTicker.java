package uk.police.saferportal.content.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends due webhook deliveries every few seconds inside the application: retries whose backoff is
 * over, and anything left behind by a restart or by an instance that stopped mid-attempt.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class WebhookTicker {
  private static final Logger LOG = Logger.getLogger(WebhookTicker.class.getName());

  @Resource TimerService timers;
  @Inject WebhookSender sender;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.interval-seconds", defaultValue = "10")
  long intervalSeconds;

  @PostConstruct
  void start() {
    TimerConfig config = new TimerConfig("webhook-sender", false);
    timers.createIntervalTimer(2_000, Math.max(1, intervalSeconds) * 1_000, config);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      sender.sendDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending webhooks failed; will try again next tick", e);
    }
  }
}
