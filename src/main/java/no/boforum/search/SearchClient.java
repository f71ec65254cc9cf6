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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
 * adds the 7.x compatibility interceptors only for a 7.x server, and reconnects on demand (at most
 * once every few seconds) so that a node that was down at start-up is picked up when it returns.
 */
@ApplicationScoped
public class SearchClient {
  private static final Logger LOG = Logger.getLogger(SearchClient.class.getName());
  private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

  @Inject
  @ConfigProperty(name = "boforum.es.url")
  String url;

  @Inject
  @ConfigProperty(name = "boforum.es.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "boforum.es.password")
  Optional<String> password;

  Clock clock = Clock.systemUTC();
  private RestClient restClient;
  private ElasticsearchClient client;
  private String serverVersion;
  private Instant lastAttempt = Instant.MIN;

  /** The client, connecting first if needed; empty while the server cannot be reached. */
  public synchronized Optional<ElasticsearchClient> client() {
    if (client == null && Instant.now(clock).isAfter(lastAttempt.plus(RECONNECT_PAUSE))) {
      lastAttempt = Instant.now(clock);
      connect();
    }
    return Optional.ofNullable(client);
  }

  /** Forgets the connection after a failure, so that the next call reconnects. */
  public synchronized void reset() {
    closeQuietly();
    client = null;
  }

  public synchronized Optional<String> serverVersion() {
    return Optional.ofNullable(serverVersion);
  }

  private void connect() {
    RestClient probe = build(false).build();
    try {
      serverVersion = readVersion(probe);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Elasticsearch at " + url + " is not reachable: " + e.getMessage());
      return;
    } finally {
      close(probe);
    }
    boolean legacy = serverVersion.startsWith("7.");
    restClient = build(legacy).build();
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    client =
        new ElasticsearchClient(
            new RestClientTransport(restClient, new JacksonJsonpMapper(mapper)));
    LOG.info(
        () ->
            "Connected to Elasticsearch "
                + serverVersion
                + " at "
                + url
                + (legacy ? " (7.x compatibility on)" : ""));
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
  synchronized void closeQuietly() {
    if (restClient != null) {
      close(restClient);
      restClient = null;
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
