package no.boforum.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts MariaDB, Elasticsearch and one Payara Micro with the packaged WAR once for the whole
 * integration-test run (Failsafe sets {@code boforum.it.workDir}), on the test ports and with fresh
 * data under {@code target/it}, never the run command's {@code data/}. Unit tests (Surefire) start
 * nothing.
 */
public final class TestServers implements LauncherSessionListener {
  /** The account that becomes administrator when it verifies its email (the portal's setting). */
  public static final String BOOTSTRAP_ADMIN = "admin@boforum.test";

  /** Posts per ten minutes allowed to a new and to an established person in the suite. */
  public static final int RATE_NEW = 10;

  public static final int RATE_ESTABLISHED = 20;

  /** The default digest hour in the suite: twelve hours from when it starts, in Oslo. */
  public static final int DIGEST_HOUR =
      (java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Oslo")).getHour() + 12) % 24;

  private static final ServerStack SERVERS = new ServerStack();

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String work = System.getProperty("boforum.it.workDir");
    if (work == null || SERVERS.db != null) {
      return;
    }
    try {
      start(Path.of(work));
    } catch (Exception e) {
      stopAll();
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new IllegalStateException(
          "The test servers could not start: " + e.getMessage() + " (cause: " + root + ")", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stopAll();
  }

  private static void start(Path work) throws Exception {
    int httpPort = Integer.getInteger("boforum.it.httpPort");
    int managementPort = Integer.getInteger("boforum.it.managementPort");
    int dbPort = Integer.getInteger("boforum.it.dbPort");
    int esPort = Integer.getInteger("boforum.it.esPort");
    Ports.requireFree(httpPort, "the test Payara Micro", "-Dit.http.port");
    Ports.requireFree(
        managementPort, "the test Payara Micro's management port", "-Dit.management.port");
    Ports.requireFree(dbPort, "the test MariaDB", "-Dit.db.port");
    Ports.requireFree(esPort, "the test Elasticsearch", "-Dit.es.port");
    int smtpPort = Integer.getInteger("boforum.it.smtpPort");
    Ports.requireFree(smtpPort, "the test SMTP server", "-Dit.smtp.port");
    int oidcPort = Integer.getInteger("boforum.it.oidcPort");
    Ports.requireFree(oidcPort, "the test OpenID Connect provider", "-Dit.oidc.port");
    Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    PayaraMicroProcess.deleteTree(work.resolve("mariadb-data"));
    PayaraMicroProcess.deleteTree(work.resolve("elasticsearch"));
    long t0 = System.nanoTime();
    EmbeddedMariaDb db =
        EmbeddedMariaDb.start(dbPort, work.resolve("mariadb-data"), work.resolve("mariadb"));
    SERVERS.db = db;
    EmbeddedElasticsearch es = EmbeddedElasticsearch.start(esPort, work.resolve("elasticsearch"));
    SERVERS.es = es;
    SERVERS.mail = Mailbox.start(smtpPort);
    SERVERS.oidc = OidcProvider.start(oidcPort);
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("BOFORUM_SMTP_HOST", "127.0.0.1"),
            Map.entry("BOFORUM_SMTP_PORT", String.valueOf(smtpPort)),
            Map.entry("BOFORUM_SMTP_STARTTLS", "false"),
            Map.entry("BOFORUM_MAIL_INTERVAL_SECONDS", "1"),
            // Immediate notifications go at once in the suite; the window is tested with it given.
            Map.entry("BOFORUM_NOTIFICATIONS_WINDOW_MINUTES", "0"),
            Map.entry("BOFORUM_NOTIFICATIONS_INTERVAL_SECONDS", "1"),
            // No digest falls due while the suite runs (under an hour): their hour is 12 hours off.
            // Only the tests that give the clock send digests.
            Map.entry("BOFORUM_NOTIFICATIONS_DIGEST_HOUR", String.valueOf(DIGEST_HOUR)),
            Map.entry("BOFORUM_PUBLIC_URL", "http://127.0.0.1:" + httpPort + "/"),
            Map.entry("BOFORUM_BOOTSTRAP_ADMIN_EMAIL", BOOTSTRAP_ADMIN),
            Map.entry("BOFORUM_OIDC_PROVIDERS", OidcProvider.ID + ",broken"),
            Map.entry("BOFORUM_OIDC_TEST_ISSUER", SERVERS.oidc.issuer()),
            Map.entry("BOFORUM_OIDC_TEST_CLIENT_ID", OidcProvider.CLIENT_ID),
            Map.entry("BOFORUM_OIDC_TEST_CLIENT_SECRET", OidcProvider.CLIENT_SECRET),
            Map.entry("BOFORUM_OIDC_TEST_LABEL", "Test-ID"),
            Map.entry("BOFORUM_OIDC_BROKEN_ISSUER", "http://127.0.0.1:9/nowhere"),
            Map.entry("BOFORUM_OIDC_BROKEN_CLIENT_ID", OidcProvider.CLIENT_ID),
            Map.entry("BOFORUM_DB_URL", db.jdbcUrl()),
            Map.entry("BOFORUM_DB_USER", EmbeddedMariaDb.USER),
            Map.entry("BOFORUM_DB_PASSWORD", EmbeddedMariaDb.PASSWORD),
            Map.entry("BOFORUM_ES_URL", es.url()),
            Map.entry("BOFORUM_INDEXER_INTERVAL_SECONDS", "1"),
            Map.entry("BOFORUM_INDEXER_MAX_BACKOFF_SECONDS", "4"),
            // Small pages, so that a rebuild of the suite's few hundred items keeps several bulk
            // requests in flight (SearchReindexIT), as one of 100 000 does.
            Map.entry("BOFORUM_SEARCH_REBUILD_PAGE_SIZE", "7"),
            Map.entry("BOFORUM_JOBS_POLL_SECONDS", "1"),
            // PracticeHtmlIT waits for the backfill job to store a practice's HTML again.
            Map.entry("BOFORUM_PRACTICE_HTML_INTERVAL_SECONDS", "1"),
            Map.entry("BOFORUM_MATCHING_FITS_INTERVAL_SECONDS", "1"),
            Map.entry("BOFORUM_OPENDATA_CHECK_SECONDS", "1"),
            // The suite's people are all new accounts and post many times within minutes: the
            // discussions' rate limits are raised (DiscussionModerationIT tests these values).
            Map.entry("BOFORUM_DISCUSSION_RATE_NEW", String.valueOf(RATE_NEW)),
            Map.entry("BOFORUM_DISCUSSION_RATE_ESTABLISHED", String.valueOf(RATE_ESTABLISHED)),
            // The fixtures register everyone from this machine: it is not limited per client, and
            // as a trusted proxy it lets AccountApiIT come from other addresses, which are.
            Map.entry("BOFORUM_ACCOUNT_REQUESTS_UNLIMITED_CLIENTS", "127.0.0.1"),
            Map.entry("BOFORUM_TRUSTED_PROXIES", "127.0.0.1"),
            // As in production (the failsafe environment says false for Arquillian's instance):
            // StartingPageIT reads what this instance answered while it started.
            Map.entry("BOFORUM_STARTUP_BACKGROUND", "true"));
    PayaraMicroProcess payara =
        PayaraMicroProcess.start(
            Path.of(System.getProperty("boforum.it.payaraJar")),
            Path.of(System.getProperty("boforum.it.war")),
            httpPort,
            managementPort,
            work.resolve("payara"),
            env,
            java.util.List.of("-Xmx768m"));
    SERVERS.payara = payara;
    payara.awaitReady(Duration.ofMinutes(4));
    System.out.printf(
        "[boforum-it] MariaDB, Elasticsearch and Payara Micro ready in %d s at %s%n",
        Duration.ofNanos(System.nanoTime() - t0).toSeconds(), payara.baseUrl());
  }

  /** What the suite's Payara Micro answered on its home page while it started. */
  public static PayaraMicroProcess.StartAnswers startAnswers() {
    PayaraMicroProcess payara = SERVERS.payara;
    if (payara == null) {
      throw new IllegalStateException("The test servers have not been started");
    }
    return payara.startAnswers();
  }

  /** The address of the suite's Payara Micro, ending in a slash. */
  public static String baseUrl() {
    PayaraMicroProcess payara = SERVERS.payara;
    if (payara == null) {
      throw new IllegalStateException("The test servers run only under Failsafe (mvn verify)");
    }
    return payara.baseUrl();
  }

  /**
   * The address of the suite's Payara Micro management port, ending in a slash: the health checks'
   * details ({@code health-details/ready}) and the metrics, which the public address does not show.
   */
  public static String managementUrl() {
    PayaraMicroProcess payara = SERVERS.payara;
    if (payara == null) {
      throw new IllegalStateException("The test servers run only under Failsafe (mvn verify)");
    }
    return payara.managementUrl();
  }

  /** A JDBC connection to the suite's database, for arranging what the API cannot (time). */
  public static java.sql.Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        SERVERS.db.jdbcUrl(), EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
  }

  /** The OpenID Connect provider the portal knows as {@code test}. */
  public static OidcProvider oidc() {
    return SERVERS.oidc;
  }

  /** The SMTP server that receives the portal's mail. */
  public static Mailbox mailbox() {
    return SERVERS.mail;
  }

  /** The suite's MariaDB server, for a test that stops and starts it (DatabaseOutageIT). */
  public static EmbeddedMariaDb mariaDb() {
    return SERVERS.db;
  }

  public static EmbeddedElasticsearch elasticsearch() {
    return SERVERS.es;
  }

  private static void stopAll() {
    try {
      SERVERS.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      System.err.println("[boforum-it] Stopping the test servers failed: " + e);
    }
  }
}
