package no.boforum.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Visitors browsing the pages at once, and a share of editors saving (issue 19).
 *
 * <p>A closed model: {@code load.users} visitors (default 50) are on the site at all times, after a
 * ramp of {@code load.rampSeconds} (default 10, counted in the figures too), until {@code
 * load.seconds} (default 120) have passed. Each visitor opens 3-6 pages and leaves; a new visitor
 * (new connections, new cookies) takes their place. Between pages a visitor thinks for {@code
 * load.thinkMs} (a range {@code min-max} in milliseconds, uniform; default 0): without thinking, N
 * visitors are N connections always waiting for a page, which is how the figures (pages/s
 * at 50 concurrent connections) were measured.
 *
 * <p>The visits are a fixed, seeded list ({@link Visits}): the home page ({@code home}), the
 * practice list with 0-2 filters, an order and a page ({@code list}), practice pages ({@code
 * practice}), organisation pages ({@code organisation}) and the search page ({@code search}).
 * {@code load.editors} per cent of the visits (default 5) are the demo editor's: they log in
 * through the API ({@code login}), browse like the others with their session, then read one of
 * their organisation's practices as JSON ({@code read}) and save it with one fact changed ({@code
 * save}, {@link PracticeChange}). {@code load.only} (a family) makes every page of that family.
 *
 * <p>Only the HTML is fetched, unless {@code load.resources=true}: then the style sheets, scripts
 * and images each page names too, cached per visitor as the answers' headers allow. A page is OK
 * with status 200, its family's marker, no error page's heading and, for search, not degraded.
 */
public class PageLoadSimulation extends Simulation {
  static final long SEED = 20261203L;

  final Portal portal = new Portal();
  final Duration[] think = Choices.think("0");
  final PracticeChange change = PracticeChange.prepare(portal, Visits.editorShare());
  final List<Map<String, Object>> visits = Visits.plan(portal, SEED);

  final ChainBuilder save =
      exec(session -> session.set("saveSlug", change.claim()))
          .exec(
              http("read")
                  .get("/api/practices/#{saveSlug}")
                  .header("Accept", "application/json")
                  .check(status().is(200))
                  .check(bodyString().saveAs("details")))
          .exec(
              http("save")
                  .put("/api/practices/#{saveSlug}")
                  .header("Accept", "application/json")
                  .header("Content-Type", "application/json")
                  .header("Origin", portal.origin())
                  .body(StringBody(session -> change.body(session.getString("details"))))
                  .check(status().is(200))
                  .check(jsonPath("$.version").exists()))
          .exec(
              session -> {
                change.release(session.getString("saveSlug"));
                return session;
              });

  final ScenarioBuilder visit =
      scenario("pages")
          .feed(listFeeder(visits).circular())
          .doIf("#{editor}")
          .then(
              exec(
                  http("login")
                      .post("/api/session")
                      .header("Accept", "application/json")
                      .header("Content-Type", "application/json")
                      .header("Origin", portal.origin())
                      .body(StringBody(session -> change.loginBody()))
                      .check(status().is(200))))
          .repeat(session -> session.getList("steps").size(), "step")
          .on(
              exec(session -> {
                    String step = (String) session.getList("steps").get(session.getInt("step"));
                    String[] parts = step.split(" ", 2);
                    return session.set("family", parts[0]).set("path", parts[1]);
                  })
                  .doSwitch("#{family}")
                  .on(
                      onCase("home").then(exec(page("home", "class=\"hero\""))),
                      onCase("list").then(exec(page("list", "class=\"facets-form\""))),
                      onCase("practice")
                          .then(exec(page("practice", "<article class=\"practice\""))),
                      onCase("organisation")
                          .then(exec(page("organisation", "<article class=\"organisation\""))),
                      onCase("search")
                          .then(
                              exec(
                                  page("search", "id=\"results-heading\"")
                                      .check(substring("search-layout--single").notExists()))))
                  .pause(think[0], think[1]))
          .doIf("#{editor}")
          .then(save);

  {
    System.out.printf(
        "Page load test: %d visitors against %s for %d s after a %d s ramp, thinking %s-%s ms,"
            + " %s %% editors%n",
        portal.users,
        portal.baseUrl,
        portal.seconds,
        portal.rampSeconds,
        think[0].toMillis(),
        think[1].toMillis(),
        Visits.editorShare());
    HttpProtocolBuilder protocol = portal.protocol();
    if (Boolean.parseBoolean(Portal.setting("load.resources", "false"))) {
      protocol = protocol.inferHtmlResources();
    }
    setUp(
            visit.injectClosed(
                rampConcurrentUsers(0)
                    .to(portal.users)
                    .during(Duration.ofSeconds(portal.rampSeconds)),
                constantConcurrentUsers(portal.users).during(Duration.ofSeconds(portal.seconds))))
        .protocols(protocol)
        .maxDuration(Duration.ofSeconds(portal.rampSeconds + portal.seconds + 60L));
  }

  @Override
  public void after() {
    change.restore(portal);
  }

  /** A page of a family: 200, its marker, and none of the error pages' headings. */
  static HttpRequestActionBuilder page(String family, String marker) {
    List<CheckBuilder> checks = new ArrayList<>();
    checks.add(status().is(200));
    checks.add(substring(marker).exists());
    for (String heading : ErrorPages.headings()) {
      checks.add(substring(heading).notExists());
    }
    return http(family).get("#{path}").header("Accept", "text/html").check(checks);
  }
}
