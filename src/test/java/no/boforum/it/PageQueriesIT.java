package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How many SQL statements a page costs (issue 19: "read pages with the fewest queries"), counted by
 * MariaDB itself ({@code Questions}) around one request. The portal's jobs ask too, now and then:
 * each page is asked for seven times and the fewest counts. The bounds are the counts measured when
 * they were set (practice 16, list 76, home 41, search 47 on the run command's data) with a little
 * room: a page that starts reading per item shown goes far past them.
 */
class PageQueriesIT {
  /** Asks per page: the fewest count is the page's own once one ask met no job's statements. */
  private static final int ASKS = 7;

  private static String practice;

  @BeforeAll
  static void practice() throws Exception {
    var owner = Organisations.verified("Spørjekommune");
    var editor = Accounts.session("queries-editor", owner.slug(), "editor", null);
    String word = PracticeBuilder.uniqueWord("sporjing");
    practice = PracticeBuilder.practice(owner.slug(), "Spørjingar " + word).published(editor);
    Eventually.await(
        "the practice to be searchable",
        () -> Http.json("api/search?q=" + word).path("total").asInt(),
        total -> total == 1);
  }

  @Test
  void aPracticePageReadsWithAFewStatements() throws Exception {
    assertAtMost(20, "practices/" + practice);
  }

  @Test
  void theListReadsWithoutAStatementPerLabel() throws Exception {
    assertAtMost(90, "practices");
  }

  @Test
  void theHomePageReadsWithAFewStatements() throws Exception {
    assertAtMost(50, "");
  }

  @Test
  void theSearchPageReadsWithoutAStatementPerHit() throws Exception {
    assertAtMost(60, "search?q=bolig");
  }

  @Test
  void aPageFromTheCacheReadsNothing() throws Exception {
    String path = "practices/" + practice;
    Eventually.await(
        "the page to be kept",
        () -> Http.get(path).headers().firstValue("X-Page-Cache").orElse(""),
        "hit"::equals);
    assertEquals(0, fewest(path, false), "a kept page is sent as kept");
  }

  @Test
  void readingPagesChangesNoPractice() throws Exception {
    long before = versions();
    for (String path : new String[] {"practices", "", "practices/" + practice, "search?q=bolig"}) {
      fewest(path, true);
    }
    assertEquals(before, versions(), "a page that is read writes no practice (their versions)");
  }

  /** The sum of all practices' versions: any write of a practice raises it. */
  private static long versions() throws SQLException {
    try (Connection c = TestServers.database();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(SUM(version), 0) FROM practice")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void assertAtMost(int bound, String path) throws Exception {
    long fewest = fewest(path, true);
    assertTrue(fewest > 0, "a render reads something: " + fewest);
    assertTrue(
        fewest <= bound, "/" + path + " ran " + fewest + " statements (at most " + bound + ")");
  }

  /**
   * The fewest statements MariaDB ran while one request for {@code path} was answered, of {@link
   * #ASKS}; {@code rendered}: with a cookie that makes the page cache pass by, so the page is
   * built.
   */
  private static long fewest(String path, boolean rendered) throws Exception {
    long fewest = Long.MAX_VALUE;
    try (Connection c = TestServers.database()) {
      for (int i = 0; i < ASKS; i++) {
        long before = questions(c);
        HttpRequest.Builder request =
            HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
                .header("Accept-Language", "nb")
                .timeout(Duration.ofMinutes(2));
        if (rendered) {
          request.header("Cookie", "queries-test=1");
        }
        HttpResponse<String> page =
            Http.client().build().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), path);
        // The SHOW STATUS that reads the counter is counted too.
        fewest = Math.min(fewest, questions(c) - before - 1);
      }
    }
    return fewest;
  }

  private static long questions(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
      r.next();
      return r.getLong(2);
    }
  }
}
