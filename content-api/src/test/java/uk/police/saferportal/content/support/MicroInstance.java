package uk.police.saferportal.content.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more content API, as production runs it: its own Payara Micro process (the build's
 * payara-micro.jar) with the build's WAR at /api, for tests about what several instances or a
 * restart do. Started and stopped by the test itself; its output goes to a log file under target.
 */
public final class MicroInstance implements AutoCloseable {
  private final String name;
  private final Map<String, String> properties;
  private final int port;
  private final Path log;
  private List<String> clustering = List.of("--nocluster");
  private List<String> logging = List.of();
  private List<String> grace = List.of();
  private Process process;
  private long logStart;

  public MicroInstance(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = properties;
    this.port = freePort();
    this.log = Path.of("target", "micro-instances", name + ".log");
  }

  /**
   * Joins this instance to a Hazelcast cluster by TCP/IP discovery on the loopback address instead
   * of running alone: {@code seedPort} is the data grid port of the cluster's first member, {@code
   * ownPort} this one's (the same for the first member).
   */
  public MicroInstance clustered(String clusterName, int seedPort, int ownPort) {
    clustering =
        List.of(
            "--clustername",
            clusterName,
            "--clustermode",
            "tcpip:127.0.0.1:" + seedPort,
            "--startport",
            Integer.toString(ownPort),
            "--interfaces",
            "127.0.0.1");
    return this;
  }

  /**
   * A fresh database beside the build's (its name plus {@code suffix}), for instances of their own;
   * answers its JDBC address.
   */
  public static String ownDatabase(String suffix) throws SQLException {
    String shared = System.getProperty("it.db.url");
    int path = shared.indexOf('/', "jdbc:mariadb://".length());
    int query = shared.indexOf('?', path);
    String name =
        (query < 0 ? shared.substring(path + 1) : shared.substring(path + 1, query)) + suffix;
    try (Connection connection = connect(shared);
        var statement = connection.createStatement()) {
      statement.execute("drop database if exists `" + name + "`");
      statement.execute("create database `" + name + "` character set utf8mb4");
    }
    return shared.substring(0, path + 1) + name + (query < 0 ? "" : shared.substring(query));
  }

  /** A connection to the build's MariaDB with the build's account. */
  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(
        url, System.getProperty("it.db.user", "root"), System.getProperty("it.db.password", ""));
  }

  /**
   * The settings of an API instance on this database: its name (in the scheduler's audit entries),
   * the demo content and staff accounts or not (one instance seeds them; the others start on its
   * database), and the scheduler ticking every second.
   */
  public static Map<String, String> apiProperties(String databaseUrl, String name, boolean demo) {
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("saferportal.instance-name", name);
    properties.put("db.url", databaseUrl);
    String user = System.getProperty("it.db.user", "");
    if (!user.isBlank()) {
      properties.put("db.user", user);
      properties.put("db.password", System.getProperty("it.db.password", ""));
    }
    properties.put("saferportal.demo.enabled", Boolean.toString(demo));
    properties.put("saferportal.scheduler.interval-seconds", "1");
    properties.put(
        "saferportal.metrics.password-file",
        Path.of("..", "config", "local-metrics-password.asadmin").toAbsolutePath().toString());
    return properties;
  }

  /** A free TCP port on this machine, e.g. for a data grid. */
  public static int freeTcpPort() {
    return freePort();
  }

  /** The API's base address, e.g. http://localhost:40123/api/ */
  public URI api() {
    return URI.create("http://localhost:" + port + "/api/");
  }

  /** Starts the process and waits until the API answers (at most {@code timeout}). */
  public MicroInstance start(Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    logStart = Files.exists(log) ? Files.size(log) : 0; // earlier runs' output does not count
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(List.of("-jar", required("payara.microJar")));
    command.addAll(clustering);
    command.addAll(logging);
    command.addAll(grace);
    command.addAll(
        List.of(
            "--prebootcommandfile",
            Path.of("..", "docker", "preboot.asadmin").toAbsolutePath().toString(),
            "--postbootcommandfile",
            Path.of("..", "docker", "postboot.asadmin").toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--deploy",
            new File(required("it.war")).getAbsolutePath() + ":/api"));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    try {
      awaitReady(timeout);
    } catch (AssertionError | InterruptedException | RuntimeException e) {
      // a test whose instance never came up holds no reference to close it: end it here, or
      // it outlives the build, holding its port and a core
      end(true);
      throw e;
    }
    return this;
  }

  /** On SIGTERM, keeps answering this long before stopping, as the images do (--shutdowngrace). */
  public MicroInstance shutdownGrace(int seconds) {
    grace = List.of("--shutdowngrace", Integer.toString(seconds * 1000)); // milliseconds
    return this;
  }

  /** Sends SIGTERM and returns at once: the process stops in its own time. */
  public void signalStop() {
    process.destroy();
  }

  /** Waits for the process to end; whether it did within {@code timeout}. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Logs as the images do: one JSON object per line (config/logging.properties). */
  public MicroInstance loggingAsInProduction() {
    logging =
        List.of(
            "--logproperties",
            Path.of("..", "config", "logging.properties").toAbsolutePath().toString());
    return this;
  }

  /** The instance's output since it started. */
  public String output() throws IOException {
    return Files.readString(log).substring((int) logStart);
  }

  /** Waits until the instance's output holds {@code text} (at most {@code timeout}). */
  public void awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!Files.readString(log).substring((int) logStart).contains(text)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            name
                + " did not log '"
                + text
                + "' within "
                + timeout
                + "; see "
                + log.toAbsolutePath());
      }
      Thread.sleep(250);
    }
  }

  /** A clean stop (SIGTERM), as a restart or a redeployment does. */
  public void stop() throws InterruptedException {
    end(false);
  }

  /** A crash: the process is killed without a chance to finish anything. */
  public void kill() throws InterruptedException {
    end(true);
  }

  /**
   * Freezes the process (SIGSTOP): it holds its connections and sessions but runs nothing, so its
   * timers cannot fire until {@link #resume()}.
   */
  public void pause() throws IOException, InterruptedException {
    signal("-STOP");
  }

  /** Lets a paused process run again (SIGCONT). */
  public void resume() throws IOException, InterruptedException {
    signal("-CONT");
  }

  private void signal(String signal) throws IOException, InterruptedException {
    Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid())).start();
    if (kill.waitFor() != 0) {
      throw new IllegalStateException("kill " + signal + " failed for " + name);
    }
  }

  public boolean running() {
    return process != null && process.isAlive();
  }

  @Override
  public void close() throws InterruptedException {
    if (running()) {
      end(true);
    }
  }

  private void end(boolean forcibly) throws InterruptedException {
    if (process == null) {
      return;
    }
    if (forcibly) {
      process.destroyForcibly();
    } else {
      process.destroy();
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private void awaitReady(Duration timeout) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(api().resolve("v1/advice")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "nothing";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended while starting; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return;
        }
        last = answer.statusCode() + " " + answer.body();
      } catch (IOException notYet) {
        last = notYet.toString(); // not listening yet, or no answer in time
      }
      Thread.sleep(500);
    }
    Path threads = log.resolveSibling(name + "-threads.txt");
    try {
      // what it was doing instead, for whoever reads the failure
      new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
              Long.toString(process.pid()),
              "Thread.print")
          .redirectErrorStream(true)
          .redirectOutput(threads.toFile())
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      // the thread dump is best effort
    }
    throw new AssertionError(
        name
            + " did not answer within "
            + timeout
            + " (last: "
            + last
            + "); see "
            + log.toAbsolutePath()
            + " and "
            + threads.toAbsolutePath());
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + property + " is not set (failsafe)");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port", e);
    }
  }
}
