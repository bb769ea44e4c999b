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
import java.time.Duration;
import java.util.ArrayList;
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
  private Process process;

  public MicroInstance(String name, Map<String, String> properties) {
    this.name = name;
    this.properties = properties;
    this.port = freePort();
    this.log = Path.of("target", "micro-instances", name + ".log");
  }

  /** The API's base address, e.g. http://localhost:40123/api/ */
  public URI api() {
    return URI.create("http://localhost:" + port + "/api/");
  }

  /** Starts the process and waits until the API answers (at most {@code timeout}). */
  public MicroInstance start(Duration timeout) throws IOException, InterruptedException {
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.addAll(
        List.of(
            "-jar",
            required("payara.microJar"),
            "--nocluster",
            "--port",
            Integer.toString(port),
            "--deploy",
            new File(required("it.war")).getAbsolutePath() + ":/api"));
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    awaitReady(timeout);
    return this;
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
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " ended while starting; see " + log.toAbsolutePath());
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        name + " did not answer within " + timeout + "; see " + log.toAbsolutePath());
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
