package no.boforum.testsupport;

import java.io.IOException;
import java.nio.file.Path;
import org.codelibs.elasticsearch.runner.ElasticsearchClusterRunner;

/**
 * A real one-node Elasticsearch 7.10 (Apache-2.0 build) through the codelibs cluster runner, bound
 * to 127.0.0.1, keeping its data in the given directory across restarts.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
  /**
   * The modules the portal uses: HTTP (Netty), the analysis the index's settings name (stemmer,
   * stop, synonym, decompounder, ASCII folding: src/main/resources/search/base-index.json) and
   * Mustache, the language of the phrase suggester's collate query ("did you mean",
   * SearchRequests). The runner's default loads seventeen, Painless and the ingest pipelines among
   * them, which took processor time from Payara at every start of the run command (decision 0042).
   * The tests use this node too: a feature of another module would fail them.
   */
  static final String MODULES =
      "org.elasticsearch.transport.Netty4Plugin,"
          + "org.elasticsearch.analysis.common.CommonAnalysisPlugin,"
          + "org.elasticsearch.script.mustache.MustachePlugin";

  private final int httpPort;
  private final Path basePath;
  private ElasticsearchClusterRunner runner;

  private EmbeddedElasticsearch(int httpPort, Path basePath) {
    this.httpPort = httpPort;
    this.basePath = basePath;
  }

  public static EmbeddedElasticsearch start(int httpPort, Path basePath) {
    EmbeddedElasticsearch es = new EmbeddedElasticsearch(httpPort, basePath);
    es.start();
    return es;
  }

  /** Starts the node (again, after {@link #stop()}) on the same port and data. */
  public synchronized void start() {
    // As Elasticsearch's own jvm.options has it: Netty without its pools of direct buffers.
    System.setProperty("io.netty.noUnsafe", "true");
    System.setProperty("io.netty.recycler.maxCapacityPerThread", "0");
    System.setProperty("io.netty.allocator.numDirectArenas", "0");
    ElasticsearchClusterRunner r = new ElasticsearchClusterRunner();
    r.setMaxHttpPort(httpPort);
    r.onBuild(
        (number, settings) -> {
          settings.put("network.host", "127.0.0.1");
          settings.put("http.port", httpPort);
          settings.put("transport.port", httpPort + 100);
          settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
          settings.put("action.auto_create_index", false);
          settings.put("bootstrap.system_call_filter", false);
        });
    r.build(
        ElasticsearchClusterRunner.newConfigs()
            .basePath(basePath.toString())
            .numOfNode(1)
            .baseHttpPort(httpPort - 1)
            .clusterName("boforum")
            .moduleTypes(MODULES)
            .printOnFailure()
            .disableESLogger());
    r.ensureYellow();
    runner = r;
  }

  /** Stops the node, keeping its data: search becomes unavailable until {@link #start()}. */
  /**
   * Stops the node and returns once its HTTP port refuses connections: a node still shutting down
   * accepts a request and never answers it, so a test that asks the portal at once would wait for
   * the client's timeouts instead of seeing search down.
   */
  public synchronized void stop() throws IOException {
    if (runner != null) {
      runner.close();
      runner = null;
    }
    long until = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < until) {
      try (java.net.Socket probe = new java.net.Socket()) {
        probe.connect(new java.net.InetSocketAddress("127.0.0.1", httpPort), 200);
      } catch (IOException refused) {
        return;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  public int httpPort() {
    return httpPort;
  }

  @Override
  public void close() throws IOException {
    stop();
  }
}
