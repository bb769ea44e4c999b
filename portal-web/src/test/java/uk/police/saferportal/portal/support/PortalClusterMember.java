package uk.police.saferportal.portal.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second portal instance: a plain Payara Micro process serving the portal WAR on its own port,
 * joined by TCP/IP discovery on the loopback address to the Hazelcast cluster of the instance that
 * Arquillian runs, and reading the content API there. It gets no webhook secret, so its own
 * /hooks/content does not exist: whatever it learns of a change comes through the cluster. Its
 * output goes to target/portal-cluster-member.log. {@link #close()} ends the process and waits.
 */
public final class PortalClusterMember implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  private final Process process;
  private final Path log;
  private final String base;

  private PortalClusterMember(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.base = "http://localhost:" + port;
    // should the test JVM end without close(), take the process with it
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
  }

  /**
   * Starts the member; answers once it has joined the cluster (two members) and serves the home
   * page. The cluster's name and discovery address come from the build (see the pom).
   */
  public static PortalClusterMember start(String contentApiUrl) throws IOException {
    int port = Integer.parseInt(System.getProperty("it.member.port"));
    Path log = Path.of("target", "portal-cluster-member.log");
    Files.createDirectories(log.getParent());
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-Dcontent-api/mp-rest/url=" + contentApiUrl,
            "-Dsaferportal.metrics.password-file="
                + Path.of("..", "config", "local-metrics-password.asadmin").toAbsolutePath(),
            "-jar",
            System.getProperty("payara.microJar"),
            "--prebootcommandfile",
            Path.of("..", "docker", "preboot.asadmin").toAbsolutePath().toString(),
            "--postbootcommandfile",
            Path.of("..", "docker", "postboot.asadmin").toAbsolutePath().toString(),
            "--shutdowngrace",
            "3000", // milliseconds
            "--deploy",
            System.getProperty("it.war", "target/portal-web.war"),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--clustername",
            System.getProperty("it.cluster.name"),
            "--clustermode",
            "tcpip:127.0.0.1:" + System.getProperty("it.hz.port"),
            "--startport",
            System.getProperty("it.member.hz.port"),
            "--interfaces",
            "127.0.0.1");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PortalClusterMember member = new PortalClusterMember(process, log, port);
    try {
      member.awaitReady();
    } catch (RuntimeException | IOException e) {
      member.close();
      throw e;
    }
    return member;
  }

  public String base() {
    return base;
  }

  /** The port it serves on. */
  public int port() {
    return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
  }

  /** Asks it to stop (SIGTERM), as Docker does, and returns at once. */
  public void signalStop() {
    process.destroy();
  }

  /** Whether it has stopped within {@code timeout}. */
  public boolean awaitExit(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The second portal instance stopped; see " + log);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      // Payara logs the data grid's state whenever a member joins or leaves
      if (output.contains("DG Size: 2") && status(http, base + "/") == 200) {
        return;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while the second portal instance started", e);
      }
    }
    throw new IllegalStateException(
        "The second portal instance did not join the cluster and serve within "
            + START_TIMEOUT
            + "; see "
            + log);
  }

  private static int status(HttpClient http, String url) {
    try {
      return http.send(
              HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private synchronized void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
