package uk.police.saferportal.portal.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness goes DOWN as soon as the process is asked to stop (SIGTERM): Payara Micro then waits
 * its shutdown grace ({@code --shutdowngrace}, docker/ and the run command) before it stops
 * anything, still answering, so a load balancer that polls readiness sends no more requests and the
 * requests in flight finish. (The content API has the same check: each WAR also runs alone.)
 */
@Readiness
@ApplicationScoped
public class Stopping implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(Stopping.class.getName());

  private volatile boolean stopping;
  private Thread hook;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    hook =
        new Thread(
            () -> {
              stopping = true;
              LOG.info("Stopping: readiness is DOWN; requests in flight may finish");
            },
            "saferportal-stopping");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @PreDestroy
  void unregister() {
    try {
      if (hook != null) {
        Runtime.getRuntime().removeShutdownHook(hook);
      }
    } catch (IllegalStateException alreadyStopping) {
      // the JVM is stopping: the hook has run or is running
    }
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("accepting-requests").status(!stopping).build();
  }
}
