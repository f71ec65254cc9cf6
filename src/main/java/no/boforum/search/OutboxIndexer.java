package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
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
    BulkResponse response;
    try {
      response = es.bulk(bulkFor(slugs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> refused = new HashSet<>();
    for (BulkResponseItem item : response.items()) {
      if (item.error() == null || isSettled(item)) {
        continue;
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
   * The bulk request that brings these practices' documents to their present state: an index for a
   * published practice, a removal for any other, each with the practice's version.
   */
  BulkRequest bulkFor(List<String> slugs) {
    Map<String, PracticeDetails> current =
        practices.findPublishedBySlugs(slugs).stream()
            .collect(Collectors.toMap(PracticeDetails::slug, Function.identity()));
    Map<String, Long> versions = practices.versions(slugs);

    // wait_for: a row leaves the outbox only once its document can be found.
    BulkRequest.Builder bulk =
        new BulkRequest.Builder()
            .index(PracticeIndex.ALIAS)
            .requireAlias(true)
            .refresh(Refresh.WaitFor);
    for (String slug : slugs) {
      PracticeDetails practice = current.get(slug);
      if (practice == null) {
        // A removal carries the version too, so a stale removal cannot take away a newer
        // publication, nor a stale publication bring back a removed practice.
        Long version = versions.get(slug);
        bulk.operations(
            op ->
                op.delete(
                    d ->
                        version == null
                            ? d.id(slug)
                            : d.id(slug).version(version).versionType(VersionType.External)));
      } else {
        PracticeDocument doc = PracticeDocument.of(practice, practices.attachmentTexts(slug));
        long version = practice.version();
        bulk.operations(
            op ->
                op.index(
                    i ->
                        i.id(slug)
                            .document(doc)
                            .version(version)
                            .versionType(VersionType.External)));
      }
    }
    return bulk.build();
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
