package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import no.boforum.platform.outbox.OutboxEntry;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.platform.pagecache.PageCache;

/**
 * Drains one batch of a kind's outbox rows to Elasticsearch with the bulk API. The rows are
 * claimed, sent and deleted in one transaction: if Elasticsearch fails, the transaction rolls back
 * and the rows wait for the next attempt, so no change is ever lost.
 *
 * <p>Each document carries its item's optimistic-lock version as its external version, so when two
 * instances send the same item at once, the older state can never overwrite the newer one. The same
 * version may be written again ({@code external_gte}): what a document shows of other items (its
 * organisation's name) can change while the item itself does not.
 */
@ApplicationScoped
public class OutboxIndexer {
  private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
  static final int BATCH = 200;

  @Inject SearchOutbox outbox;
  @Inject PageCache pages;

  /** Returns how many of a kind's outbox rows this batch settled (0 when there was nothing). */
  @Transactional
  public int drainBatch(ElasticsearchClient es, SearchableKind kind) {
    List<OutboxEntry> entries = outbox.claim(kind.name(), BATCH);
    if (entries.isEmpty()) {
      return 0;
    }
    List<String> keys = entries.stream().map(OutboxEntry::getDocumentKey).distinct().toList();
    Map<String, IndexDocument> documents = kind.documents(keys);
    List<BulkOperation> operations = operations(keys, documents, kind.alias());
    List<BulkResponseItem> items = new ArrayList<>();
    int toBuilding = 0;
    try {
      // While a rebuild fills a new index, each change goes there too: a page the rebuild has
      // already read would otherwise miss it. Versions keep the two writers in order. Written
      // first: if the rebuild swaps the aliases in between, the write to the alias then reaches
      // the new index (the other order could write the old one, just deleted, and not the new).
      // Its own request, never waiting for a refresh: that index is not refreshed until full.
      if (KindIndex.buildingIndex(es, kind).isPresent()) {
        List<BulkOperation> building = operations(keys, documents, KindIndex.building(kind));
        items.addAll(es.bulk(b -> b.operations(building).refresh(Refresh.False)).items());
        toBuilding = building.size();
      }
      items.addAll(es.bulk(request(operations, entries.size())).items());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> refused = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null || isSettled(item)) {
        continue;
      }
      if (i < toBuilding && indexMissing(item)) {
        continue; // the rebuild stopped and its index is gone: nothing to keep in step with
      }
      if (isTransient(item)) {
        throw new SearchUnavailableException(
            "Elasticsearch refused a bulk item with status " + item.status());
      }
      LOG.warning(
          () ->
              "Elasticsearch refused "
                  + kind.name()
                  + " "
                  + item.id()
                  + ": "
                  + item.error().reason());
      refused.add(item.id());
    }
    List<OutboxEntry> done = new ArrayList<>();
    List<OutboxEntry> retry = new ArrayList<>();
    for (OutboxEntry e : entries) {
      (refused.contains(e.getDocumentKey()) ? retry : done).add(e);
    }
    outbox.remove(done);
    outbox.countFailedAttempt(retry);
    // Pages kept for visitors that show what the index gives (search, similar items) may be stale.
    pages.indexed(kind.name(), keys);
    return entries.size();
  }

  /** The bulk request that brings these items' documents in the alias to their present state. */
  BulkRequest bulkFor(SearchableKind kind, List<String> keys) {
    return request(operations(keys, kind.documents(keys), kind.alias()), keys.size());
  }

  /**
   * A row leaves the outbox only once its document can be found. A claim of fewer rows than a full
   * batch (people publishing, a few at a time) refreshes the index at once: waiting for the next
   * scheduled refresh (every second) was half of the time from publication to findable (median 751
   * ms with wait_for on the seed content). A full batch (a catch-up after a rebuild) waits for the
   * scheduled refresh instead, so that a long catch-up is not one refresh per batch.
   */
  private static BulkRequest request(List<BulkOperation> operations, int rows) {
    Refresh refresh = rows < BATCH ? Refresh.True : Refresh.WaitFor;
    return new BulkRequest.Builder().operations(operations).refresh(refresh).build();
  }

  /**
   * An index operation for each searchable item and a removal for any other, each with the item's
   * version, into the alias {@code target} (the index searched, or one being built).
   */
  private static List<BulkOperation> operations(
      List<String> keys, Map<String, IndexDocument> documents, String target) {
    List<BulkOperation> operations = new ArrayList<>();
    for (String key : keys) {
      IndexDocument doc = documents.get(key);
      Long version = doc == null ? null : doc.version();
      if (doc == null || doc.isRemoval()) {
        // A removal carries the version too, so a stale removal cannot take away a newer
        // publication, nor a stale publication bring back a removed item.
        operations.add(
            BulkOperation.of(
                op ->
                    op.delete(
                        d -> {
                          d.index(target).id(key);
                          return version == null
                              ? d
                              : d.version(version).versionType(VersionType.External);
                        })));
      } else {
        operations.add(
            BulkOperation.of(
                op ->
                    op.index(
                        i ->
                            i.index(target)
                                .requireAlias(true)
                                .id(key)
                                .document(doc.source())
                                .version(version)
                                .versionType(VersionType.ExternalGte))));
      }
    }
    return operations;
  }

  /** A delete of a document that is gone, or a version the index already holds (409). */
  private static boolean isSettled(BulkResponseItem item) {
    boolean goneAlready =
        item.operationType() == OperationType.Delete && item.status() == 404 && !indexMissing(item);
    return goneAlready || item.status() == 409;
  }

  /**
   * Overload, server errors and a missing index say nothing about the document: retry the whole
   * batch later (the index is then created again).
   */
  private static boolean isTransient(BulkResponseItem item) {
    return item.status() == 429 || item.status() >= 500 || indexMissing(item);
  }

  private static boolean indexMissing(BulkResponseItem item) {
    return item.error() != null && "index_not_found_exception".equals(item.error().type());
  }
}
