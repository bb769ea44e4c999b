package uk.police.saferportal.content.webhook.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.police.saferportal.content.platform.control.Measures;

/**
 * Starts the one thread that sends webhook deliveries, inside the application: every {@code
 * saferportal.webhooks.interval-seconds} (retries whose backoff is over, anything left by a restart
 * or by an instance that stopped mid-attempt) and at once when an event commits. A thread of its
 * own, made by the container, so a slow receiver never holds a request or an EJB timer thread, and
 * the sending never shares a request's persistence context.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class WebhookWorker {
  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  ManagedThreadFactory threads;

  @Inject WebhookSender sender;
  @Inject WebhookStore store;
  @Inject Measures measures;

  @Inject
  @ConfigProperty(name = "saferportal.webhooks.interval-seconds", defaultValue = "10")
  long intervalSeconds;

  private Thread worker;

  @PostConstruct
  void start() {
    Duration interval = Duration.ofSeconds(Math.max(1, intervalSeconds));
    worker = threads.newThread(() -> sender.work(interval));
    worker.setName("webhook-sender");
    worker.start();
    measures.gauge(
        "saferportal.webhooks.backlog",
        "Webhook deliveries waiting to be sent (new, or failed and waiting to retry)",
        store::pendingCount);
  }

  @PreDestroy
  void stop() {
    worker.interrupt();
    try {
      worker.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
