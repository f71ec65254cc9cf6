package no.boforum.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the packaged WAR, in a process of its own, bound to 127.0.0.1 and serving the
 * application at the root context, with its management port (health details and metrics) beside it
 * as in production. Its output goes to a log file; {@link #awaitReady} waits for the application's
 * readiness check.
 */
public final class PayaraMicroProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      Http.client().connectTimeout(Duration.ofSeconds(2)).build();
  private final Process process;
  private final int port;
  private final int managementPort;
  private final Path log;
  private final List<String> startAnswers = new ArrayList<>();
  private HttpResponse<String> firstStarting;

  private PayaraMicroProcess(Process process, int port, int managementPort, Path log) {
    this.process = process;
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
  }

  /**
   * @param workDir wiped and reused: Payara's root directory, its temp files and its log live here
   * @param managementPort where Payara serves the health checks' details and the metrics
   * @param env settings for the application (BOFORUM_DB_URL ...), added to this process's own
   * @param jvmOptions the JVM's options, its heap first of all ({@code -Xmx768m})
   */
  public static PayaraMicroProcess start(
      Path payaraJar,
      Path war,
      int port,
      int managementPort,
      Path workDir,
      Map<String, String> env,
      List<String> jvmOptions)
      throws IOException {
    return start(payaraJar, war, port, managementPort, workDir, env, jvmOptions, List.of());
  }

  /**
   * As {@link #start(Path, Path, int, int, Path, Map, List)}, in a cluster when {@code
   * clusterOptions} names one (Payara Micro's {@code --clustername}, {@code --clustermode}, {@code
   * --interfaces} ...: see deploy/README.md, or {@code --nohazelcast}); with none, alone ({@code
   * --nocluster}), as the tests have it.
   */
  public static PayaraMicroProcess start(
      Path payaraJar,
      Path war,
      int port,
      int managementPort,
      Path workDir,
      Map<String, String> env,
      List<String> jvmOptions,
      List<String> clusterOptions)
      throws IOException {
    Path root = workDir.resolve("payara-root");
    deleteTree(root);
    return launch(
        payaraJar, root, war, port, managementPort, workDir, env, jvmOptions, clusterOptions);
  }

  /**
   * As {@link #start(Path, Path, int, int, Path, Map, List, List)}, with the root directory {@code
   * rootDir} as the caller prepared it (not wiped here), and {@code jar} either Payara Micro's JAR
   * or the launcher it made for that directory ({@code --outputlauncher}, launch-micro.jar), which
   * starts from the runtime unpacked there.
   */
  public static PayaraMicroProcess launch(
      Path jar,
      Path rootDir,
      Path war,
      int port,
      int managementPort,
      Path workDir,
      Map<String, String> env,
      List<String> jvmOptions,
      List<String> clusterOptions)
      throws IOException {
    Path tmp = workDir.resolve("tmp");
    Files.createDirectories(tmp);
    Path preboot = workDir.resolve("preboot.txt");
    try (var in = PayaraMicroProcess.class.getResourceAsStream("/payara-preboot.txt");
        var process = PayaraMicroProcess.class.getResourceAsStream("/payara-process-preboot.txt")) {
      // Bind to 127.0.0.1, as in production's settings; then the management port and the public
      // port closed until deploy/postboot.txt has deployed the portal, as deploy/preboot.txt has
      // them (Arquillian's instances, deployed with --deploy, share only the first).
      Files.write(preboot, in.readAllBytes());
      Files.write(preboot, process.readAllBytes(), StandardOpenOption.APPEND);
    }
    // Deployed on the public virtual server only, by production's own post-boot file with
    // BOFORUM_WAR naming this WAR: with --deploy Payara puts the application on every virtual
    // server, the management port's too, and starts it there a second time.
    Path postboot = Path.of("deploy", "postboot.txt").toAbsolutePath();
    if (!Files.isRegularFile(postboot)) {
      throw new IllegalStateException(postboot + " is missing: run from the project's directory");
    }
    Path log = workDir.resolve("payara.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-Djava.io.tmpdir=" + tmp);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(
        List.of(
            "--port",
            String.valueOf(port),
            "--rootdir",
            rootDir.toString(),
            "--prebootcommandfile",
            preboot.toString(),
            "--postbootcommandfile",
            postboot.toString()));
    if (clusterOptions.isEmpty()) {
      command.add("--nocluster");
    } else {
      command.addAll(clusterOptions);
    }
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("BOFORUM_MANAGEMENT_PORT", String.valueOf(managementPort));
    builder.environment().put("BOFORUM_WAR", war.toAbsolutePath().toString());
    return new PayaraMicroProcess(builder.start(), port, managementPort, log);
  }

  /**
   * Waits until {@code /health/ready} answers 200 and the management port serves the metrics, or
   * fails with the end of the log. The metrics answered 500 for a moment after readiness while the
   * application was also deployed on the management port's virtual server (seen with MetricsIT run
   * alone, before decision 0037 deployed it on the public one only); the wait is kept.
   */
  public void awaitReady(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro stopped while starting. The end of " + log + ":\n" + tail(60));
      }
      try {
        // Liveness says DOWN only when the application's start-up gave up (the schema could not
        // be migrated): waiting longer would not help.
        HttpResponse<String> live = HTTP.send(liveness(), HttpResponse.BodyHandlers.ofString());
        if (live.statusCode() == 503 && live.body().contains("\"DOWN\"")) {
          throw new IllegalStateException(
              "The portal's start-up failed (/health/live is down). The end of "
                  + log
                  + ":\n"
                  + tail(60));
        }
        if (HTTP.send(readiness(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
            && HTTP.send(metrics(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      askHome();
      Thread.sleep(200);
    }
    throw new IllegalStateException(
        "Payara Micro was not ready after "
            + timeout.toSeconds()
            + " s. The end of "
            + log
            + ":\n"
            + tail(60));
  }

  /** Asks for the home page as a visitor would while the portal starts, and notes the answer. */
  private void askHome() throws InterruptedException {
    HttpRequest home =
        HttpRequest.newBuilder(URI.create(baseUrl())).timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> answer = HTTP.send(home, HttpResponse.BodyHandlers.ofString());
      boolean retryAfter = answer.headers().firstValue("Retry-After").isPresent();
      String seen = answer.statusCode() + (retryAfter ? " Retry-After" : "");
      if (startAnswers.isEmpty() || !startAnswers.get(startAnswers.size() - 1).equals(seen)) {
        startAnswers.add(seen);
      }
      if (answer.statusCode() == 503 && retryAfter && firstStarting == null) {
        firstStarting = answer;
      }
    } catch (IOException notListening) {
      // nothing to note: the port is not open yet
    }
  }

  /**
   * What the home page answered while {@link #awaitReady} waited: each status in the order seen
   * (repeats folded; "503 Retry-After" when the answer said when to come back), and the first 503
   * that said so, if there was one.
   */
  public StartAnswers startAnswers() {
    return new StartAnswers(List.copyOf(startAnswers), firstStarting);
  }

  /** The home page's answers while the portal started. */
  public record StartAnswers(List<String> answers, HttpResponse<String> firstStarting) {}

  /**
   * Waits until the search index holds every change the portal has made so far (readiness details
   * on the management port report search available and no pending outbox rows), so that what was
   * imported can be found. Returns false if that did not happen within {@code timeout}; the portal
   * works meanwhile.
   */
  public boolean awaitSearchInStep(Duration timeout) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode health;
      try {
        health =
            json.readTree(
                HTTP.send(readinessDetails(), HttpResponse.BodyHandlers.ofString()).body());
      } catch (IOException notYet) {
        health = json.createObjectNode();
      }
      for (JsonNode check : health.path("checks")) {
        JsonNode data = check.path("data");
        if ("search".equals(check.path("name").asText())
            && "true".equals(data.path("available").asText())
            && "0".equals(data.path("outboxPending").asText())) {
          return true;
        }
      }
      Thread.sleep(200);
    }
    return false;
  }

  private HttpRequest metrics() {
    return HttpRequest.newBuilder(URI.create(managementUrl() + "metrics"))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private HttpRequest liveness() {
    return HttpRequest.newBuilder(URI.create(baseUrl() + "health/live"))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private HttpRequest readiness() {
    return HttpRequest.newBuilder(URI.create(baseUrl() + "health/ready"))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private HttpRequest readinessDetails() {
    return HttpRequest.newBuilder(URI.create(managementUrl() + "health-details/ready"))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  /**
   * The management port's address (health details at {@code health-details/ready}, {@code
   * metrics}).
   */
  public String managementUrl() {
    return "http://127.0.0.1:" + managementPort + "/";
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public String tail(int lines) throws IOException {
    List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** Deletes a directory and everything in it, if it exists. */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
