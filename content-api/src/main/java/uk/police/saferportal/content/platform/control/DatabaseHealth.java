package uk.police.saferportal.content.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: a load balancer stops sending traffic otherwise. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Inject DatabaseProbe database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.reachable()).build();
  }
}
