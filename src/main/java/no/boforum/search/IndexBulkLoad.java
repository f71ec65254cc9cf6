package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;

/**
 * Fills a new physical index of one kind from the database, for a rebuild (decision 0032): the
 * reader goes through the kind's keys in pages and runs ahead of at most {@code writers} bulk
 * requests in flight, each with a patient timeout. One load per instance; not thread-safe.
 */
final class IndexBulkLoad {
  private static final Logger LOG = Logger.getLogger(IndexBulkLoad.class.getName());

  /** The socket timeout of a rebuild's bulk requests and of its first refresh. */
  static final int TIMEOUT_MS = 120_000;

  private final ElasticsearchClient es;
  private final RestClientOptions patient;
  private final SearchableKind kind;
  private final String index;
  private final int pageSize;
  private final int writers;
  private long readNanos;

  IndexBulkLoad(
      ElasticsearchClient es, SearchableKind kind, String index, int pageSize, int writers) {
    this.es = es;
    this.patient = patient(es);
    this.kind = kind;
    this.index = index;
    this.pageSize = within(pageSize, 1, 5_000, "boforum.search.rebuild.page-size");
    this.writers = within(writers, 1, 16, "boforum.search.rebuild.writers");
  }

  /**
   * Sends every searchable item of the kind to the index and waits until each bulk request has
   * answered, even after a failure: a late bulk would otherwise create a deleted index again.
   * {@code advanced} hears the number of items of each page done, from any thread.
   *
   * @return the number of items done
   * @throws IOException when a bulk request failed or the index refused an item
   */
  long run(IntConsumer advanced) throws IOException {
    ElasticsearchAsyncClient async = new ElasticsearchAsyncClient(es._transport(), patient);
    Semaphore inFlight = new Semaphore(writers);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    AtomicLong done = new AtomicLong();
    try {
      String after = "";
      for (List<String> page = kind.keysAfter(after, pageSize);
          !page.isEmpty() && failed.get() == null;
          page = kind.keysAfter(after, pageSize)) {
        long t0 = System.nanoTime();
        Optional<BulkRequest> bulk = bulk(page);
        readNanos += System.nanoTime() - t0;
        after = page.get(page.size() - 1);
        int size = page.size();
        if (bulk.isEmpty()) {
          done.addAndGet(size);
          advanced.accept(size);
          continue;
        }
        acquire(inFlight, 1);
        CompletableFuture<BulkResponse> sent;
        try {
          sent = async.bulk(bulk.get());
        } catch (RuntimeException e) {
          inFlight.release(); // never sent: nothing will answer for it
          throw e;
        }
        sent.whenComplete(
            (response, error) -> {
              try {
                Throwable problem = error != null ? unwrapped(error) : refused(response);
                if (problem != null) {
                  failed.compareAndSet(null, problem);
                } else {
                  done.addAndGet(size);
                  advanced.accept(size);
                }
              } finally {
                inFlight.release();
              }
            });
      }
    } finally {
      acquire(inFlight, writers);
    }
    Throwable problem = failed.get();
    if (problem instanceof IOException io) {
      throw io;
    } else if (problem != null) {
      throw new IOException("A bulk request of the rebuild failed: " + problem, problem);
    }
    return done.get();
  }

  /** Items per bulk request, within its bounds. */
  int pageSize() {
    return pageSize;
  }

  /** Bulk requests in flight at once, within its bounds. */
  int writers() {
    return writers;
  }

  /** A setting within its bounds, with a warning when it was not. */
  private static int within(int value, int min, int max, String name) {
    int bounded = Math.max(min, Math.min(max, value));
    if (bounded != value) {
      LOG.warning(
          () -> name + " " + value + " is outside " + min + "-" + max + "; using " + bounded);
    }
    return bounded;
  }

  /** Time spent reading the database and building bulk requests, in milliseconds. */
  long readMillis() {
    return readNanos / 1_000_000;
  }

  /** The client with the load's patient timeout, for the long first refresh. */
  ElasticsearchClient patientClient() {
    return es.withTransportOptions(patient);
  }

  /**
   * The options of a rebuild's bulk requests and its first refresh: the portal's, with a socket
   * timeout of {@value #TIMEOUT_MS} ms instead of the searches' 15 s, since a bulk load on a busy
   * node can stall while merges catch up, and the first refresh writes the whole index.
   */
  private static RestClientOptions patient(ElasticsearchClient es) {
    RequestOptions base =
        es._transportOptions() instanceof RestClientOptions options
            ? options.restClientRequestOptions()
            : RequestOptions.DEFAULT;
    RequestConfig timeouts =
        RequestConfig.custom().setConnectTimeout(2_000).setSocketTimeout(TIMEOUT_MS).build();
    return new RestClientOptions(base.toBuilder().setRequestConfig(timeouts).build(), false);
  }

  /**
   * Waits for permits of bulk requests in flight, at most as long as a bulk may take and a little
   * more: a request on a client that was closed meanwhile never answers.
   */
  private static void acquire(Semaphore permits, int count) throws IOException {
    try {
      if (!permits.tryAcquire(count, TIMEOUT_MS + 30_000L, TimeUnit.MILLISECONDS)) {
        throw new IOException("A bulk request of the rebuild did not answer");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("The rebuild was interrupted", e);
    }
  }

  private static Throwable unwrapped(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null
        ? error.getCause()
        : error;
  }

  /** The bulk request that indexes a page of keys, if any of them is still searchable. */
  private Optional<BulkRequest> bulk(List<String> keys) {
    BulkRequest.Builder bulk = new BulkRequest.Builder().index(index);
    Map<String, IndexDocument> documents = kind.documents(keys);
    int operations = 0;
    for (String key : keys) {
      IndexDocument doc = documents.get(key);
      if (doc == null || doc.isRemoval()) {
        continue; // no longer searchable since the page of keys was read
      }
      operations++;
      bulk.operations(
          op ->
              op.index(
                  i ->
                      i.id(key)
                          .document(doc.source())
                          .version(doc.version())
                          .versionType(VersionType.External)));
    }
    return operations == 0 ? Optional.empty() : Optional.of(bulk.build());
  }

  /**
   * The first item the new index refused, as an exception; null if none. 409: the indexer already
   * wrote a newer version of this item into the new index.
   */
  private static IOException refused(BulkResponse response) {
    Optional<BulkResponseItem> refused =
        response.items().stream().filter(i -> i.error() != null && i.status() != 409).findFirst();
    return refused
        .map(
            r ->
                new IOException(
                    "The new index refused documents: " + r.id() + " " + r.error().reason()))
        .orElse(null);
  }
}
