package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import no.boforum.content.ContentImport;
import no.boforum.content.ImportReport;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeImport;
import no.boforum.practice.PracticeImport.Outcome;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeState;
import no.boforum.search.IndexerScheduler;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.OrganisationIds;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.Practices;
import no.boforum.testsupport.TestServers;

/**
 * The content import and the search outbox, in the container: idempotent import, one transaction
 * for a change and its outbox row, and an index that catches up with writes made while
 * Elasticsearch was down.
 *
 * <p>Run by {@code InContainerIT}: its steps are the public methods, in the order written; the
 * static ones run on the client, the others in the container. The deployment adds the content file
 * {@link #BROKEN}.
 */
@Dependent
public class OutboxScenario {
  /** A content file that the deployment adds, broken on purpose. */
  static final String BROKEN = "zz-broken.md";

  private static final String CATCH_UP_SLUG = "nattlys-for-leigetakarar";

  @Inject ContentImport importer;
  @Inject PracticeService practices;
  @Inject PracticeImport imports;
  @Inject SearchService search;
  @Inject IndexerScheduler indexer;
  @Inject ServletContext servletContext;
  @Inject UserTransaction transaction;
  @PersistenceContext EntityManager em;

  private Outcome importPractice(String slug, String title, String hash) {
    return imports.importPractice(slug, Practices.practice(title), null, List.of(), hash);
  }

  private long outboxRowsFor(String slug) {
    return em.createQuery("SELECT COUNT(e) FROM OutboxEntry e WHERE e.documentKey = :k", Long.class)
        .setParameter("k", slug)
        .getSingleResult();
  }

  public void importingTheSameContentAgainChangesNothingAndSkipsTheBrokenFile() {
    // Whichever published practice the content folder brought: the test names none of them.
    String fromFile =
        em.createQuery(
                "SELECT p.slug FROM Practice p WHERE p.sourceHash IS NOT NULL AND p.state = :s"
                    + " ORDER BY p.id",
                String.class)
            .setParameter("s", PracticeState.PUBLISHED)
            .setMaxResults(1)
            .getSingleResult();
    PracticeDetails before = practices.find(fromFile).orElseThrow();
    ImportReport report = importer.importFolder("practices", servletContext);

    assertEquals(0, report.created(), report.toString());
    assertEquals(0, report.updated(), report.toString());
    assertTrue(report.unchanged() >= 3, report.toString());
    assertEquals(1, report.failures().size(), report.failures().toString());
    assertEquals(BROKEN, report.failures().get(0).file());
    assertTrue(report.failures().get(0).reason().contains("front matter"));
    assertTrue(practices.find("broken").isEmpty(), "a broken file is never half-imported");
    assertEquals(before, practices.find(fromFile).orElseThrow(), "no write on re-import");
  }

  public void importingTheSeedThreadsAgainAddsNoThreadPostOrAccount() {
    String counts =
        "SELECT (SELECT COUNT(*) FROM discussion_thread WHERE source_slug IS NOT NULL),"
            + " (SELECT COUNT(*) FROM discussion_post p JOIN discussion_thread t"
            + " ON t.id = p.thread_id WHERE t.source_slug IS NOT NULL),"
            + " (SELECT COUNT(*) FROM app_user WHERE illustrative = TRUE),"
            + " (SELECT COUNT(*) FROM discussion_accepted)";
    List<?> before = List.of((Object[]) em.createNativeQuery(counts).getSingleResult());
    ImportReport report = importer.importFolder("discussions", servletContext);

    assertEquals(0, report.created(), report.toString());
    assertEquals(0, report.updated(), "categories.yaml and the threads: " + report);
    assertTrue(report.failures().isEmpty(), report.failures().toString());
    assertTrue(report.unchanged() >= 10, "the seed threads, unchanged: " + report);
    assertTrue(((Number) before.get(0)).longValue() >= 10, before.toString());
    assertEquals(before, List.of((Object[]) em.createNativeQuery(counts).getSingleResult()));
  }

  /** Every start imports content/ again: an unchanged taxonomy file is reported unchanged. */
  public void importingTheTaxonomyAgainReportsItUnchanged() {
    ImportReport report = importer.importFolder("taxonomy", servletContext);

    assertEquals(0, report.created(), report.toString());
    assertEquals(0, report.updated(), report.toString());
    assertTrue(report.failures().isEmpty(), report.failures().toString());
    assertTrue(report.unchanged() > 0, "the taxonomies, unchanged: " + report);
  }

  public void aChangedSourceUpdatesTheRowFoundBySlug() {
    String slug = "endra-kjelde";
    assertEquals(Outcome.CREATED, importPractice(slug, "Fyrste", "h1"));
    assertEquals(Outcome.UNCHANGED, importPractice(slug, "Fyrste", "h1"));
    assertEquals(Outcome.UPDATED, importPractice(slug, "Andre", "h2"));
    assertEquals("Andre", practices.find(slug).orElseThrow().title());
  }

  public void theOutboxRowIsPartOfTheChangesTransaction() throws Exception {
    String slug = "rulla-tilbake";
    transaction.begin();
    try {
      importPractice(slug, "Rullar tilbake", "h");
      assertEquals(1, outboxRowsFor(slug), "the change writes its outbox row");
    } finally {
      transaction.rollback();
    }
    assertTrue(practices.find(slug).isEmpty());
    assertEquals(0, outboxRowsFor(slug), "a rolled-back change leaves no outbox row");
  }

  static final String STEERED = "styrt-fra-portalen";
  static final String OWNER = "Styrar kommune";
  static Organisations.Organisation owner;

  public static void theOwnerIsAVerifiedOrganisation() {
    owner = Organisations.verified(OWNER);
  }

  public void aPracticeFromAFileOfAnOrganisationOfItsOwn() {
    long ownerId = OrganisationIds.newestNamed(em, OWNER);
    PracticeData data = Practices.practice("Frå fila", ownerId, List.of());
    assertEquals(Outcome.CREATED, imports.importPractice(STEERED, data, null, List.of(), "f1"));
  }

  public static void anEditorOfTheOwnerChangesAndArchivesItInThePortal() {
    ApiSession editor =
        ApiSession.loggedIn(
            Accounts.person("styrar", "Siri Styrar", owner.slug(), "editor", null),
            Accounts.PASSWORD);
    var current = editor.get("api/practices/" + STEERED).json();
    Map<String, Object> change = new java.util.LinkedHashMap<>();
    change.put("title", "Frå portalen");
    change.put("summary", current.path("summary").asText());
    change.put("body", current.path("body").asText());
    change.put("language", "nn");
    change.put("owner", owner.slug());
    change.put("places", List.of("4601"));
    change.put("activityStatus", "active");
    change.put("evidenceLevel", "described");
    change.put("version", current.path("version").asLong());
    assertEquals(200, editor.put("api/practices/" + STEERED, change).status());
    assertEquals(
        200,
        editor
            .post("api/practices/" + STEERED + "/transitions", Map.of("transition", "ARCHIVE"))
            .status());
  }

  public void theFileNoLongerDecidesWhatThePortalChanged() {
    long ownerId = OrganisationIds.newestNamed(em, OWNER);
    PracticeData data = Practices.practice("Ny tekst i fila", ownerId, List.of());
    assertEquals(Outcome.KEPT, imports.importPractice(STEERED, data, null, List.of(), "f2"));
    assertTrue(practices.find(STEERED).isEmpty(), "still archived, so not public");
    assertEquals(
        "Frå portalen",
        em.createQuery("SELECT p.title FROM Practice p WHERE p.slug = :s", String.class)
            .setParameter("s", STEERED)
            .getSingleResult());
  }

  public static void elasticsearchGoesDown() throws Exception {
    TestServers.elasticsearch().stop();
  }

  public void aWriteWhileSearchIsDownWaitsInTheOutbox() throws Exception {
    importPractice(CATCH_UP_SLUG, "Nattlys for leigetakarar", "h");
    SearchResult result =
        Eventually.await(
            "search to notice that Elasticsearch is down",
            () -> search.search(new SearchQuery("nattlys", 1, 10)),
            SearchResult::degraded);
    assertTrue(
        result.hits().stream().anyMatch(h -> h.slug().equals(CATCH_UP_SLUG)),
        "the database fallback finds the new practice");
    Eventually.await(
        "the indexer to fail against the stopped node", () -> indexer.isHealthy(), h -> !h);
    assertEquals(1, outboxRowsFor(CATCH_UP_SLUG), "the change is kept until the index has it");
  }

  public static void elasticsearchComesBack() {
    TestServers.elasticsearch().start();
  }

  public void theIndexCatchesUp() throws Exception {
    Eventually.await("the outbox to drain", () -> outboxRowsFor(CATCH_UP_SLUG), n -> n == 0);
    SearchResult result =
        Eventually.await(
            "the index to find the practice written while it was down",
            () -> search.search(new SearchQuery("nattlys", 1, 10)),
            r -> !r.degraded() && !r.hits().isEmpty());
    assertEquals(CATCH_UP_SLUG, result.hits().get(0).slug());
    assertFalse(result.hits().get(0).highlight().isEmpty());
  }
}
