package no.boforum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.GetResponse;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.platform.db.ClusterLock;
import no.boforum.platform.db.Leases;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.Eventually;
import no.boforum.testsupport.Organisations;

/**
 * Two indexers that read the same practice at different moments may deliver out of order. The
 * request built from the older state arrives last here, on purpose: it must change nothing, whether
 * it is a publication arriving after the practice was archived, or an archive (a removal) arriving
 * after it was published again. The editor works through the API; the stale requests are sent in
 * the container. Then, while a rebuild fills a new index, a change reaches that index as well as
 * the alias; and no rebuild starts while another instance holds the rebuild's lock.
 *
 * <p>Run by {@code InContainerIT}: its steps are the public methods, in the order written; the
 * static ones run on the client, the others in the container.
 */
@Dependent
public class IndexOrderingScenario {
  static final String SLUG = "rekkjefolgje-i-indeksen";
  static final String BUILDING = "practices-ordering-test";

  /** The practice's slug: {@link #SLUG}, or with a number after it when data is reused. */
  static String slug;

  /** Requests built in one step and delivered, late, in a later one (same deployment). */
  static BulkRequest publication;

  static BulkRequest removal;

  @Inject OutboxIndexer indexer;
  @Inject SearchClient searchClient;
  @Inject SearchReindex reindex;
  @Inject ClusterLock lock;
  @Inject Leases leases;
  @Inject SearchKinds kinds;
  @PersistenceContext EntityManager em;

  /** The verified organisation that owns the practice, made by the first step (client side). */
  static Organisations.Organisation owner;

  static ApiSession editor() {
    if (owner == null) {
      owner = Organisations.verified("Rekkjefølgje kommune");
    }
    return ApiSession.loggedIn(
        Accounts.person("ordering-editor", "Rekkjefølgje", owner.slug(), "editor", null),
        Accounts.PASSWORD);
  }

  static Map<String, Object> fields() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("title", "Rekkjefølgje i indeksen");
    p.put("summary", "Ein praksis som blir publisert, arkivert og publisert igjen.");
    p.put("body", "Berre for testen.");
    p.put("language", "nn");
    p.put("owner", owner.slug());
    p.put("themes", List.of("bomestring"));
    p.put("places", List.of("0301"));
    p.put("activityStatus", "active");
    p.put("evidenceLevel", "described");
    return p;
  }

  static void move(String transition) {
    ApiSession.Answer a =
        editor().post("api/practices/" + slug + "/transitions", Map.of("transition", transition));
    assertEquals(200, a.status(), transition + ": " + a.raw().body());
  }

  public static void anEditorPublishesAPractice() {
    ApiSession.Answer created = editor().post("api/practices", fields());
    assertEquals(201, created.status(), created.raw().body());
    slug = created.json().path("slug").asText();
    assertTrue(slug.startsWith(SLUG), slug);
    move("PUBLISH");
  }

  public void anIndexerReadsThePublishedState() throws Exception {
    slug =
        em.createQuery(
                "SELECT p.slug FROM Practice p WHERE p.slug LIKE :s ORDER BY p.id DESC",
                String.class)
            .setParameter("s", SLUG + "%")
            .setMaxResults(1)
            .getSingleResult();
    Eventually.await("the practice to be indexed", this::indexed, found -> found);
    publication = indexer.bulkFor(practices(), List.of(slug));
  }

  public static void theEditorArchivesIt() {
    move("ARCHIVE");
  }

  public void theOlderPublicationArrivesAfterTheArchiveAndIsRefused() throws Exception {
    Eventually.await("the archive to reach the index", this::indexed, found -> !found);
    removal = indexer.bulkFor(practices(), List.of(slug));
    BulkResponse late = es().bulk(publication);
    assertEquals(409, late.items().get(0).status(), "refused as older: " + late.items().get(0));
    assertFalse(indexed(), "the archived practice stays out of the index");
  }

  public static void theEditorPublishesItAgain() {
    move("TO_DRAFT");
    move("PUBLISH");
  }

  public void theOlderRemovalArrivesAfterTheNewPublicationAndIsRefused() throws Exception {
    Eventually.await("the new publication to be indexed", this::indexed, found -> found);
    BulkResponse late = es().bulk(removal);
    assertEquals(409, late.items().get(0).status(), "refused as older: " + late.items().get(0));
    assertTrue(indexed(), "the published practice stays findable");
  }

  public void aRebuildBegins() throws Exception {
    KindIndex.create(es(), practices(), BUILDING);
    es().indices().putAlias(a -> a.index(BUILDING).name(KindIndex.building(practices())));
    assertEquals(Set.of(BUILDING), KindIndex.aliasTargets(es(), KindIndex.building(practices())));
  }

  public static void theEditorChangesTheTitleWhileItRuns() {
    ApiSession editor = editor();
    Map<String, Object> p = new LinkedHashMap<>(fields());
    p.put("title", "Rekkjefølgje under omindeksering");
    p.put("version", editor.get("api/practices/" + slug).json().path("version").asLong());
    ApiSession.Answer saved = editor.put("api/practices/" + slug, p);
    assertEquals(200, saved.status(), saved.raw().body());
  }

  public void theChangeReachesTheIndexBeingBuiltToo() throws Exception {
    try {
      Eventually.await(
          "the change in the index being built",
          () -> titleIn(BUILDING),
          title -> "Rekkjefølgje under omindeksering".equals(title));
      Eventually.await(
          "the change in the alias",
          () -> titleIn(practices().alias()),
          title -> "Rekkjefølgje under omindeksering".equals(title));
    } finally {
      es().indices().delete(d -> d.index(BUILDING));
    }
  }

  public void noRebuildWhileAnotherInstanceHoldsTheLock() throws Exception {
    // Holding the lock here (a lease of this deployment) stands for another instance holding it.
    Set<String> before = KindIndex.aliasTargets(es(), practices().alias());
    assertFalse(before.isEmpty(), "the alias points at an index");
    boolean held =
        lock.runExclusively(
            KindIndex.lockName(practices()),
            mine -> {
              reindex.rebuild(practices());
              assertEquals(
                  before, KindIndex.aliasTargets(es(), practices().alias()), "no second rebuild");
            });
    assertTrue(held);
  }

  public void aHolderWhoseLeaseWasTakenOverLearnsItBeforeItsLastStep() throws Exception {
    String name = "boforum-test-fenced-lock";
    List<Boolean> confirmed = new java.util.ArrayList<>();
    boolean ran =
        lock.runExclusively(
            name,
            mine -> {
              mine.confirm();
              confirmed.add(true);
              // This instance stalled past its lease, and another instance took the lock.
              leases.update("UPDATE job SET owner = 'another-instance' WHERE name = ?", name);
              assertThrows(IOException.class, mine::confirm);
              confirmed.add(false);
            });
    assertTrue(ran);
    assertEquals(List.of(true, false), confirmed, "both checks ran");
    assertEquals(
        1,
        leases.update(
            "UPDATE job SET owner = NULL, lease_until = NULL"
                + " WHERE name = ? AND owner = 'another-instance'",
            name),
        "the other holder's claim was left alone");
  }

  private String titleIn(String index) {
    try {
      GetResponse<HitSource> doc = es().get(g -> g.index(index).id(slug), HitSource.class);
      return doc.found() ? doc.source().title() : null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private SearchableKind practices() {
    return kinds.named("practice").orElseThrow();
  }

  private ElasticsearchClient es() {
    return searchClient.client().orElseThrow();
  }

  private boolean indexed() {
    try {
      GetResponse<HitSource> doc =
          es().get(g -> g.index(practices().alias()).id(slug), HitSource.class);
      return doc.found();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
