package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.IndexedState;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * The relevance benchmark (bench/relevance.py, issue 16) runs against the suite's portal and
 * database, on the seed content the portal imports at start-up: it ends well, prints an nDCG@10
 * figure for the portal and for the FULLTEXT baseline, writes no report, drops its scratch table
 * and leaves search insight's counts as it found them. The figures themselves are never asserted:
 * the benchmark gates nothing.
 */
class RelevanceScriptIT {
  static final Pattern FIGURES =
      Pattern.compile("nDCG@10 portal (\\d\\.\\d{3}) baseline (\\d\\.\\d{3});");

  @Test
  void theRelevanceScriptRunsAndLeavesNothingBehind() throws Exception {
    IndexedState.awaitOutboxDrained();
    Path report = Path.of("docs", "benchmarks.md");
    String reportBefore = Files.readString(report, StandardCharsets.UTF_8);
    List<String> insightBefore = insightToday();

    ProcessBuilder script =
        new ProcessBuilder(
                "python3", "bench/relevance.py", "--no-report", "--base", TestServers.baseUrl())
            .redirectErrorStream(true);
    script.environment().put("BOFORUM_DB_PORT", System.getProperty("boforum.it.dbPort"));
    Path client = Path.of(System.getProperty("boforum.it.workDir"), "mariadb", "bin", "mariadb");
    if (Files.isExecutable(client)) {
      script.environment().put("BOFORUM_MARIADB_CLIENT", client.toString());
    }
    Process running = script.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = running.waitFor();

    assertEquals(0, exit, "bench/relevance.py ended with " + exit + ":\n" + output);
    Matcher figures = FIGURES.matcher(output);
    assertTrue(figures.find(), "no nDCG@10 figures for portal and baseline in:\n" + output);
    assertTrue(output.contains("| nDCG@10 | **"), "no figures table in:\n" + output);
    assertEquals(reportBefore, Files.readString(report, StandardCharsets.UTF_8), "--no-report");
    assertEquals(List.of(), scratchTables(), "the baseline's scratch table is left behind");
    assertEquals(insightBefore, insightToday(), "the script's searches stayed in search insight");
  }

  static List<String> scratchTables() throws SQLException {
    return rows("SHOW TABLES LIKE 'bench_relevance%'");
  }

  static List<String> insightToday() throws SQLException {
    return rows(
        "SELECT CONCAT(query, ' ', searches, ' ', zero_results) FROM search_query_day"
            + " WHERE day = UTC_DATE() ORDER BY query");
  }

  static List<String> rows(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection db = TestServers.database();
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        out.add(rows.getString(1));
      }
    }
    return out;
  }
}
