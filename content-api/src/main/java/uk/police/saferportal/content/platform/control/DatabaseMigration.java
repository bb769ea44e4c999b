package uk.police.saferportal.content.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before anything else touches the database. The data source is
 * defined here, its URL and credentials read from MicroProfile Config ({@code db.url}, {@code
 * db.user}, {@code db.password}), so one WAR runs against any MariaDB by configuration.
 */
@DataSourceDefinition(
    name = DatabaseMigration.DATA_SOURCE,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=db.url}",
    user = "${MPCONFIG=db.user}",
    password = "${MPCONFIG=db.password}",
    minPoolSize = 2,
    maxPoolSize = DatabaseMigration.MAX_POOL_SIZE,
    loginTimeout = 2,
    // Payara's pool settings (fish.payara.<jdbc-connection-pool attribute>): every connection is
    // checked (Connection.isValid, a ping) as it leaves the pool, and one that fails drops them
    // all, so a restarted or failed-over database is used again as soon as it accepts
    // connections; a request waits at most 3 s for a connection and a statement runs at most
    // 4 s, then the API answers 503 (config/README.md, "Database connection pool")
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=3000",
      "fish.payara.statement-timeout-in-seconds=4",
      "fish.payara.connection-creation-retry-attempts=0"
    })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  public static final String DATA_SOURCE = "java:app/jdbc/saferportal";

  /** The most connections the pool opens. */
  public static final int MAX_POOL_SIZE = 30;

  private static final int CONNECT_ATTEMPTS = 60;
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Measures measures;

  private final Config config = ConfigProvider.getConfig();

  @PostConstruct
  void migrate() {
    waitForDatabase();
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            // its own connection, not the pool's: a migration may rightly run longer than the
            // pool's 4 s statement limit (an index on a large table)
            .dataSource(
                config.getValue("db.url", String.class),
                config.getValue("db.user", String.class),
                config.getValue("db.password", String.class))
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    measures.gauge(
        "saferportal.database.connections.in_use",
        "Connections the API holds from its pool now",
        DatabaseConnections::inUse);
    measures.gauge(
        "saferportal.database.connections.peak",
        "The most connections the API held at once in the last one to two minutes",
        DatabaseConnections::recentPeak);
    measures.gauge(
        "saferportal.database.connections.max",
        "The most connections the pool opens (more requests wait up to 3 s, then get 503)",
        () -> (long) MAX_POOL_SIZE);
  }

  /**
   * After a host restart the database may come up after the application; waiting here keeps the
   * deployment from failing for good (Payara would stay up with nothing deployed).
   */
  private void waitForDatabase() {
    SQLException last = null;
    for (int attempt = 1; attempt <= CONNECT_ATTEMPTS; attempt++) {
      try (Connection connection = dataSource.getConnection()) {
        if (connection.isValid(5)) {
          return;
        }
      } catch (SQLException e) {
        last = e;
      }
      final int tried = attempt;
      LOG.warning(() -> "Database not reachable yet, attempt " + tried + " of " + CONNECT_ATTEMPTS);
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the database", e);
      }
    }
    throw new IllegalStateException("The database did not answer; giving up", last);
  }
}
