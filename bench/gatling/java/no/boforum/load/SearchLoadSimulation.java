package no.boforum.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static no.boforum.load.Choices.EVIDENCE;
import static no.boforum.load.Choices.FACETS;
import static no.boforum.load.Choices.QUERIES;
import static no.boforum.load.Choices.STATUSES;
import static no.boforum.load.Choices.encode;
import static no.boforum.load.Choices.pick;
import static no.boforum.load.Choices.sample;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Visitors searching at once, through the search page and the search API (issue 16).
 *
 * <p>A closed model: {@code load.users} visitors (default 50) are on the site at all times, after a
 * ramp of {@code load.rampSeconds} (default 10) that is counted in the figures too. Each visitor
 * makes {@value #SEARCHES_PER_VISIT} searches, with a think time drawn uniformly from 0.5 to 2 s
 * ({@code load.thinkMs}, default {@code 500-2000}) after each, and leaves; a new visitor (new
 * connections, new cookies) takes their place until {@code load.seconds} (default 120) have passed,
 * and the last visits run to their end.
 *
 * <p>The searches are a fixed list, made with a seeded random generator like {@code
 * bench/search.py}'s: the same words (bokmål, nynorsk, English, misspellings, places), 0-3 facets
 * with one or two of their real codes (read from {@code /api/taxonomies} of the portal under test),
 * sometimes an evidence level, status or language, the relevance, newest or evidence order, pages
 * 1-3, and one in eight with no words, only filters. Two in three go to the search page ({@code GET
 * /search}, request name {@code page}), one in three to the API ({@code GET /api/search}, request
 * name {@code api}). The visitors take the list's entries in turn, so every run asks the same
 * things in the same order.
 *
 * <p>Only the HTML of the page is fetched: a returning visitor has the style sheets and scripts
 * cached. A page counts as OK with status 200, the results heading rendered and no sign of the
 * degraded mode; an API answer with status 200, {@code hits} in the JSON and {@code degraded}
 * false.
 */
public class SearchLoadSimulation extends Simulation {
  static final int SEARCHES_PER_VISIT = 5;
  static final int REQUESTS = 1000;
  static final long SEED = 20261124L;

  static final List<String> SORTS = List.of("", "", "", "newest", "evidence");
  static final List<Integer> PAGES = List.of(1, 1, 1, 1, 2, 3);
  static final List<Integer> FILTERS_WITH_WORDS = List.of(0, 0, 1, 1, 2, 3);
  static final List<Integer> CODES_PER_FACET = List.of(1, 1, 1, 2);

  final Portal portal = new Portal();
  final Duration[] think = Choices.think("500-2000");

  final ScenarioBuilder visit =
      scenario("search")
          .repeat(SEARCHES_PER_VISIT)
          .on(
              feed(listFeeder(searches(portal.codes(FACETS.values()))).circular())
                  .doIfEqualsOrElse("#{target}", "page")
                  .then(
                      exec(
                          http("page")
                              .get("/search?#{query}")
                              .header("Accept", "text/html")
                              .check(status().is(200))
                              .check(substring("id=\"results-heading\"").exists())
                              .check(substring("search-layout--single").notExists())))
                  .orElse(
                      exec(
                          http("api")
                              .get("/api/search?#{query}")
                              .header("Accept", "application/json")
                              .check(status().is(200))
                              .check(jsonPath("$.hits").exists())
                              .check(jsonPath("$.degraded").ofBoolean().is(false))))
                  .pause(think[0], think[1]));

  {
    System.out.printf(
        "Load test: %d visitors against %s for %d s after a %d s ramp%n",
        portal.users, portal.baseUrl, portal.seconds, portal.rampSeconds);
    setUp(
            visit.injectClosed(
                rampConcurrentUsers(0)
                    .to(portal.users)
                    .during(Duration.ofSeconds(portal.rampSeconds)),
                constantConcurrentUsers(portal.users).during(Duration.ofSeconds(portal.seconds))))
        .protocols(portal.protocol())
        .maxDuration(Duration.ofSeconds(portal.rampSeconds + portal.seconds + 60L));
  }

  /** The fixed list of searches: each a target (page or api) and an encoded query string. */
  static List<Map<String, Object>> searches(Map<String, List<String>> codes) {
    Random random = new Random(SEED);
    List<String> facetNames = new ArrayList<>(FACETS.keySet());
    List<Map<String, Object>> out = new ArrayList<>();
    for (int n = 0; n < REQUESTS; n++) {
      List<String[]> params = new ArrayList<>();
      boolean words = n % 8 != 7;
      if (words) {
        params.add(new String[] {"q", pick(random, QUERIES)});
      }
      int filters = words ? pick(random, FILTERS_WITH_WORDS) : 1 + random.nextInt(3);
      for (String facet : sample(random, facetNames, filters)) {
        List<String> facetCodes = codes.get(FACETS.get(facet));
        for (String code : sample(random, facetCodes, pick(random, CODES_PER_FACET))) {
          params.add(new String[] {facet, code});
        }
      }
      double extra = random.nextDouble();
      if (extra < 0.1) {
        params.add(new String[] {"evidence", pick(random, EVIDENCE)});
      } else if (extra < 0.2) {
        params.add(new String[] {"status", pick(random, STATUSES)});
      } else if (extra < 0.25) {
        params.add(new String[] {"language", pick(random, List.of("nb", "nn"))});
      }
      String sort = pick(random, SORTS);
      if (!sort.isEmpty()) {
        params.add(new String[] {"sort", sort});
      }
      int page = pick(random, PAGES);
      if (page > 1) {
        params.add(new String[] {"page", Integer.toString(page)});
      }
      Map<String, Object> search = new LinkedHashMap<>();
      search.put("target", n % 3 == 2 ? "api" : "page");
      search.put("query", encode(params));
      out.add(search);
    }
    return out;
  }
}
