package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
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
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import no.boforum.platform.outbox.OutboxEntry;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;

/**
 * Drains one batch of the outbox to Elasticsearch with the bulk API. The rows are claimed, sent and
 * deleted in one transaction: if Elasticsearch fails, the transaction rolls back and the rows wait
 * for the next attempt, so no change is ever lost.
 *
 * <p>Each document carries the practice's optimistic-lock version as its external version, so when
 * two instances send the same practice at once, the older state can never overwrite the newer one.
 */
@ApplicationScoped
public class OutboxIndexer {
  private static final Logger LOG = Logger.getLogger(OutboxIndexer.class.getName());
  static final int BATCH = 200;

  @Inject SearchOutbox outbox;
  @Inject PracticeService practices;

  /** Returns how many outbox rows this batch settled (0 when there was nothing to do). */
  @Transactional
  public int drainBatch(ElasticsearchClient es) {
    List<OutboxEntry> entries = outbox.claim(PracticeService.DOCUMENT_TYPE, BATCH);
    if (entries.isEmpty()) {
      return 0;
    }
    List<String> slugs = entries.stream().map(OutboxEntry::getDocumentKey).distinct().toList();
    List<BulkOperation> operations = operations(slugs, PracticeIndex.ALIAS);
    int toAlias = operations.size();
    // While a rebuild fills a new index, each change goes there too: a page the rebuild has
    // already read would otherwise miss it. Versions keep the two writers in order.
    BulkResponse response;
    try {
      if (PracticeIndex.building(es).isPresent()) {
        operations.addAll(operations(slugs, PracticeIndex.BUILDING));
      }
      response = es.bulk(request(operations));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> refused = new HashSet<>();
    List<BulkResponseItem> items = response.items();
    for (int i = 0; i < items.size(); i++) {
      BulkResponseItem item = items.get(i);
      if (item.error() == null || isSettled(item)) {
        continue;
      }
      if (i >= toAlias && indexMissing(item)) {
        continue; // the rebuild stopped and its index is gone: nothing to keep in step with
      }
      if (isTransient(item)) {
        throw new SearchUnavailableException(
            "Elasticsearch refused a bulk item with status " + item.status());
      }
      LOG.warning(
          () -> "Elasticsearch refused practice " + item.id() + ": " + item.error().reason());
      refused.add(item.id());
    }
    List<OutboxEntry> done = new ArrayList<>();
    List<OutboxEntry> retry = new ArrayList<>();
    for (OutboxEntry e : entries) {
      (refused.contains(e.getDocumentKey()) ? retry : done).add(e);
    }
    outbox.remove(done);
    outbox.countFailedAttempt(retry);
    return entries.size();
  }

  /**
   * The bulk request that brings these practices' documents in the alias to their present state.
   */
  BulkRequest bulkFor(List<String> slugs) {
    return request(operations(slugs, PracticeIndex.ALIAS));
  }

  private static BulkRequest request(List<BulkOperation> operations) {
    // wait_for: a row leaves the outbox only once its document can be found.
    return new BulkRequest.Builder().operations(operations).refresh(Refresh.WaitFor).build();
  }

  /**
   * An index operation for each published practice and a removal for any other, each with the
   * practice's version, into the alias {@code target} (the index searched, or one being built).
   */
  private List<BulkOperation> operations(List<String> slugs, String target) {
    Map<String, PracticeDetails> current =
        practices.findPublishedBySlugs(slugs).stream()
            .collect(Collectors.toMap(PracticeDetails::slug, Function.identity()));
    Map<String, Long> versions = practices.versions(slugs);
    Map<String, List<String>> texts = practices.attachmentTexts(slugs);
    List<BulkOperation> operations = new ArrayList<>();
    for (String slug : slugs) {
      PracticeDetails practice = current.get(slug);
      if (practice == null) {
        // A removal carries the version too, so a stale removal cannot take away a newer
        // publication, nor a stale publication bring back a removed practice.
        Long version = versions.get(slug);
        operations.add(
            BulkOperation.of(
                op ->
                    op.delete(
                        d -> {
                          d.index(target).id(slug);
                          return version == null
                              ? d
                              : d.version(version).versionType(VersionType.External);
                        })));
      } else {
        PracticeDocument doc = PracticeDocument.of(practice, texts.getOrDefault(slug, List.of()));
        long version = practice.version();
        operations.add(
            BulkOperation.of(
                op ->
                    op.index(
                        i ->
                            i.index(target)
                                .requireAlias(true)
                                .id(slug)
                                .document(doc)
                                .version(version)
                                .versionType(VersionType.External))));
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
