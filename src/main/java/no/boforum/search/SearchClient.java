package no.boforum.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * The connection to Elasticsearch. It reads the server's version before it builds the Java client,
 * adds the 7.x compatibility interceptors only for a 7.x server, and reconnects on demand (one
 * caller at a time, at most once every few seconds) so that a node that was down at start-up is
 * picked up when it returns. Callers never wait for another caller's connection attempt.
 */
@ApplicationScoped
public class SearchClient {
  private static final Logger LOG = Logger.getLogger(SearchClient.class.getName());
  private static final long RECONNECT_PAUSE_NANOS = Duration.ofSeconds(5).toNanos();

  @Inject
  @ConfigProperty(name = "boforum.es.url")
  String url;

  @Inject
  @ConfigProperty(name = "boforum.es.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "boforum.es.password")
  Optional<String> password;

  private record Connection(RestClient rest, ElasticsearchClient client) {}

  private final AtomicReference<Connection> connection = new AtomicReference<>();
  private volatile boolean closed;
  private volatile String serverVersion;
  private final AtomicBoolean connecting = new AtomicBoolean();
  private final AtomicLong lastAttempt = new AtomicLong(System.nanoTime() - RECONNECT_PAUSE_NANOS);

  /** The client, connecting first if it is time to try; empty while the server is unreachable. */
  public Optional<ElasticsearchClient> client() {
    Connection current = connection.get();
    if (current == null
        && !closed
        && System.nanoTime() - lastAttempt.get() >= RECONNECT_PAUSE_NANOS
        && connecting.compareAndSet(false, true)) {
      try {
        lastAttempt.set(System.nanoTime());
        Connection fresh = connect();
        if (fresh != null && (closed || !connection.compareAndSet(null, fresh))) {
          close(fresh.rest());
        }
        current = connection.get();
      } finally {
        connecting.set(false);
      }
    }
    return Optional.ofNullable(current).map(Connection::client);
  }

  /**
   * A connection of the caller's own, for a long task (a rebuild) that must not share the portal's:
   * a reset after another caller's failure would close the shared one under it. Empty while the
   * server is unreachable; the caller closes it.
   */
  public Optional<Owned> open() {
    return Optional.ofNullable(closed ? null : connect()).map(Owned::new);
  }

  /** A connection that one caller owns and closes. */
  public static final class Owned implements AutoCloseable {
    private final Connection connection;

    private Owned(Connection connection) {
      this.connection = connection;
    }

    public ElasticsearchClient client() {
      return connection.client();
    }

    @Override
    public void close() {
      SearchClient.close(connection.rest());
    }
  }

  /**
   * Longer than the longest socket timeout of a request on the shared client (15 s), so that every
   * request on a replaced client has ended; a rebuild's long requests run on a client of its own.
   */
  static final long CLOSE_AFTER_SECONDS = 45;

  /**
   * Drops the connection after a transport failure of {@code failed}, so that a later call
   * reconnects. A connection made since by another caller is left alone. Requests still running on
   * the dropped client fail and fall back like any transport failure.
   */
  public void reset(ElasticsearchClient failed) {
    Connection current = connection.get();
    if (current != null && current.client() == failed && connection.compareAndSet(current, null)) {
      // Closed later, not now: closing shuts its I/O reactor down under the requests other threads
      // have in flight on it, and their futures then never complete (a search hung for minutes
      // when the indexer reset the client as the node stopped). By then they have answered or
      // timed out (socket timeout 15 s).
      RestClient rest = current.rest();
      CompletableFuture.delayedExecutor(CLOSE_AFTER_SECONDS, TimeUnit.SECONDS)
          .execute(() -> close(rest));
    }
  }

  /** The version the server reported at the last successful connection. */
  public Optional<String> serverVersion() {
    return Optional.ofNullable(serverVersion);
  }

  private Connection connect() {
    RestClient probe = build(false).build();
    String version;
    try {
      version = readVersion(probe);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Elasticsearch at " + url + " is not reachable: " + e.getMessage());
      return null;
    } finally {
      close(probe);
    }
    serverVersion = version;
    boolean legacy = version.startsWith("7.");
    RestClient rest = build(legacy).build();
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    ElasticsearchClient client =
        new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(mapper)));
    LOG.info(
        () ->
            "Connected to Elasticsearch "
                + version
                + " at "
                + url
                + (legacy ? " (7.x compatibility on)" : ""));
    return new Connection(rest, client);
  }

  private RestClientBuilder build(boolean legacy) {
    return RestClient.builder(HttpHost.create(url))
        .setRequestConfigCallback(rc -> rc.setConnectTimeout(2_000).setSocketTimeout(15_000))
        .setHttpClientConfigCallback(http -> configure(http, legacy));
  }

  private HttpAsyncClientBuilder configure(HttpAsyncClientBuilder http, boolean legacy) {
    if (user.filter(u -> !u.isBlank()).isPresent()) {
      BasicCredentialsProvider credentials = new BasicCredentialsProvider();
      credentials.setCredentials(
          AuthScope.ANY, new UsernamePasswordCredentials(user.get(), password.orElse("")));
      http.setDefaultCredentialsProvider(credentials);
    }
    if (legacy) {
      http.addInterceptorLast(Es7Compatibility.plainMediaTypes());
      http.addInterceptorLast(Es7Compatibility.productHeader());
    }
    return http;
  }

  private static String readVersion(RestClient probe) throws IOException {
    try (InputStream in = probe.performRequest(new Request("GET", "/")).getEntity().getContent()) {
      JsonNode root = new ObjectMapper().readTree(in);
      String version = root.path("version").path("number").asText("");
      if (version.isEmpty()) {
        throw new IOException("the server did not say its version");
      }
      return version;
    }
  }

  @PreDestroy
  void shutdown() {
    closed = true;
    Connection last = connection.getAndSet(null);
    if (last != null) {
      close(last.rest());
    }
  }

  private static void close(RestClient c) {
    try {
      c.close();
    } catch (IOException e) {
      LOG.fine(() -> "Closing the Elasticsearch client: " + e.getMessage());
    }
  }
}
