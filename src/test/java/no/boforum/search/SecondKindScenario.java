package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.boforum.search.secondkind.Notices;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.EmbeddedElasticsearch;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import no.boforum.testsupport.TestServers;

/**
 * A second searchable kind written only in this test (notices: a table, a mapping of one field, one
 * facet; {@code search.secondkind}) joins the packaged portal without any change to it: its items
 * are indexed through the outbox, searched next to practices with a {@code type} facet, rebuilt on
 * their own, and found from the database while Elasticsearch is down.
 *
 * <p>Run by {@code InContainerIT}, last of its scenarios: its steps are the public methods, in the
 * order written; the static ones run on the client, the others in the container. The kind is in
 * that deployment from its start, so the deployment makes the notices' table first ({@link
 * #makeTheNoticeTable}), and the last step drops it.
 */
@Dependent
public class SecondKindScenario {
  static final String WORD = "nattlysvarsel";

  @Inject Notices notices;
  @Inject SearchKinds kinds;
  @Inject SearchService search;
  @Inject SearchReindex reindex;
  @Inject SearchClient searchClient;

  /**
   * The notices' table, empty, made on the client before the deployment starts (DDL cannot run in a
   * JTA transaction): while it is empty, the kind adds nothing to the other scenarios' searches,
   * and the database fallback of every search finds a table to read.
   */
  public static void makeTheNoticeTable() throws SQLException {
    try (Connection db = TestServers.database();
        Statement sql = db.createStatement()) {
      sql.execute(Notices.DROP);
      sql.execute(Notices.CREATE);
    }
  }

  public static void anEditorPublishesAPracticeWithTheWord() throws Exception {
    Organisations.Organisation owner = Organisations.verified("Andre slag kommune");
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("second-kind-editor", "Andre slag", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    PracticeBuilder.practice(owner.slug(), "Praksis om " + WORD)
        .with("summary", "Ein praksis som deler eit ord med eit varsel.")
        .with("language", "nn")
        .published(editor);
  }

  public void noticesAreSearchedBesidePracticesWithATypeFacet() throws Exception {
    // The portal's own kinds (practices, events) and this test's, in the order of their names.
    List<String> names = kinds.all().stream().map(k -> k.name()).toList();
    assertTrue(names.containsAll(List.of("notice", "practice")), names.toString());
    assertEquals(names.stream().sorted().toList(), names, "kinds in a stable order");
    notices.save("varsel-a", "Varsel om " + WORD, "Eit varsel til alle.", "housing");
    notices.save("varsel-b", "Anna " + WORD, "Eit anna varsel.", "waiting");

    SearchResult both =
        Eventually.await(
            "both notices and the practice to be found",
            () -> search.search(query(Map.of())),
            // Both notices: the indexer may have written one of them when the practice shows.
            r ->
                !r.degraded()
                    && r.total() >= 3
                    && r.hits().stream().map(SearchResult.Hit::type).distinct().count() == 2);
    assertEquals(3, both.total(), both.toString());
    assertEquals(Set.of("notice", "practice"), facetValues(both, "type").keySet());
    assertEquals(2L, facetValues(both, "type").get("notice"));
    assertEquals(1L, facetValues(both, "type").get("practice"));
    assertEquals(Map.of("housing", 1L, "waiting", 1L), facetValues(both, "topic"));
    for (SearchResult.Hit hit : both.hits()) {
      String expected = hit.type().equals("notice") ? "notices/" : "practices/";
      assertEquals(expected + hit.slug(), hit.path(), "every hit says its kind and page");
    }

    SearchResult onlyNotices = search.search(query(Map.of("type", Set.of("notice"))));
    assertEquals(2, onlyNotices.total());
    assertTrue(onlyNotices.hits().stream().allMatch(h -> h.type().equals("notice")));
    assertEquals(
        2L, facetValues(onlyNotices, "type").get("notice"), "the type facet keeps its counts");
    assertEquals(1L, facetValues(onlyNotices, "type").get("practice"));

    SearchResult oneTopic = search.search(query(Map.of("topic", Set.of("waiting"))));
    assertEquals(1, oneTopic.total());
    assertEquals("varsel-b", oneTopic.hits().get(0).slug());
  }

  public void theNoticeIndexAloneIsRebuiltIntoANewIndex() throws Exception {
    SearchableKind notice = kinds.named("notice").orElseThrow();
    SearchableKind practice = kinds.named("practice").orElseThrow();
    Set<String> before = KindIndex.aliasTargets(es(), notice.alias());
    Set<String> practicesBefore = KindIndex.aliasTargets(es(), practice.alias());
    assertEquals(1, before.size(), before.toString());
    assertTrue(reindex.start(Optional.of("notice")));
    SearchReindex.Progress done =
        Eventually.await("the rebuild to end", reindex::progress, p -> !p.running());
    assertEquals(null, done.error());
    assertEquals(List.of("notice"), done.kinds().stream().map(k -> k.kind()).toList());
    assertEquals(2, done.done());
    Set<String> after = KindIndex.aliasTargets(es(), notice.alias());
    assertEquals(1, after.size());
    assertNotEquals(before, after, "a new index behind the alias");
    String index = after.iterator().next();
    assertEquals(2L, es().count(c -> c.index(index)).count(), "the new index holds the notices");
    assertEquals(practicesBefore, KindIndex.aliasTargets(es(), practice.alias()));
  }

  public static void elasticsearchGoesDown() throws Exception {
    TestServers.elasticsearch().stop();
    assertTrue(Http.json("api/search?q=" + WORD).path("degraded").asBoolean());
  }

  public void noticesAreFoundInTheDatabaseMeanwhile() throws Exception {
    SearchResult fallback =
        Eventually.await(
            "search to fall back", () -> search.search(query(Map.of())), SearchResult::degraded);
    assertEquals(3, fallback.total(), fallback.toString());
    assertEquals(
        Set.of("notice", "practice"),
        Set.copyOf(fallback.hits().stream().map(SearchResult.Hit::type).toList()));
    SearchResult onlyNotices = search.search(query(Map.of("type", Set.of("notice"))));
    assertTrue(onlyNotices.degraded());
    assertEquals(2, onlyNotices.total());
    assertEquals("notices/varsel-a", onlyNotices.hits().get(0).path());
  }

  public static void elasticsearchComesBack() throws Exception {
    EmbeddedElasticsearch es = TestServers.elasticsearch();
    es.start();
    Eventually.await(
        "search to recover",
        () -> Http.json("api/search?q=" + WORD),
        r -> !r.path("degraded").asBoolean());
  }

  public void theNoticesLeaveNoTrace() throws Exception {
    SearchableKind notice = kinds.named("notice").orElseThrow();
    Eventually.await("the index to answer again", () -> searchClient.client(), Optional::isPresent);
    notices.forgetQueuedChanges();
    for (String index : KindIndex.aliasTargets(es(), notice.alias())) {
      es().indices().delete(d -> d.index(index));
    }
    assertFalse(es().indices().existsAlias(a -> a.name(notice.alias())).value());
  }

  public static void theNoticeTableGoes() throws Exception {
    try (Connection db = TestServers.database();
        Statement sql = db.createStatement()) {
      sql.execute(Notices.DROP);
      assertFalse(db.getMetaData().getTables(null, null, "it_notice", null).next());
    }
  }

  private SearchQuery query(Map<String, Set<String>> filters) {
    return new SearchQuery(
        WORD, filters, SearchSort.RELEVANCE, 1, 10, null, null, kinds.facetParameters());
  }

  private static Map<String, Long> facetValues(SearchResult result, String facet) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SearchResult.FacetValue v : result.facets().getOrDefault(facet, List.of())) {
      counts.put(v.value(), v.count());
    }
    return counts;
  }

  private ElasticsearchClient es() throws IOException {
    return searchClient.client().orElseThrow(() -> new IOException("no index"));
  }
}
