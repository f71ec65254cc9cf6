package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.boforum.platform.outbox.OutboxEntry;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;

/**
 * Drains one batch of the outbox to Elasticsearch with the bulk API. The rows are claimed, sent and
 * deleted in one transaction: if Elasticsearch fails, the transaction rolls back and the rows wait
 * for the next attempt, so no change is ever lost.
 */
@ApplicationScoped
public class OutboxIndexer {
  static final int BATCH = 200;

  @Inject SearchOutbox outbox;
  @Inject PracticeService practices;

  /** Returns how many outbox rows this batch settled (0 when there was nothing to do). */
  @Transactional
  public int drainBatch(ElasticsearchClient es) {
    List<OutboxEntry> entries = outbox.claim(BATCH);
    if (entries.isEmpty()) {
      return 0;
    }
    List<String> slugs =
        entries.stream()
            .filter(e -> PracticeService.DOCUMENT_TYPE.equals(e.getDocumentType()))
            .map(OutboxEntry::getDocumentKey)
            .distinct()
            .toList();
    Map<String, PracticeDetails> current =
        practices.findBySlugs(slugs).stream()
            .collect(Collectors.toMap(PracticeDetails::slug, Function.identity()));

    BulkRequest.Builder bulk = new BulkRequest.Builder().index(PracticeIndex.ALIAS);
    for (String slug : slugs) {
      PracticeDetails practice = current.get(slug);
      if (practice == null) {
        bulk.operations(op -> op.delete(d -> d.id(slug)));
      } else {
        PracticeDocument doc = PracticeDocument.of(practice);
        bulk.operations(op -> op.index(i -> i.id(slug).document(doc)));
      }
    }
    BulkResponse response;
    try {
      response = es.bulk(bulk.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> failed =
        response.items().stream()
            .filter(item -> item.error() != null && !isMissingOnDelete(item))
            .map(BulkResponseItem::id)
            .collect(Collectors.toSet());
    List<OutboxEntry> done = new ArrayList<>();
    List<OutboxEntry> retry = new ArrayList<>();
    for (OutboxEntry e : entries) {
      (failed.contains(e.getDocumentKey()) ? retry : done).add(e);
    }
    outbox.remove(done);
    outbox.countFailedAttempt(retry);
    return done.size();
  }

  private static boolean isMissingOnDelete(BulkResponseItem item) {
    return item.status() == 404;
  }
}
