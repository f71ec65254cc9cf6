package no.boforum.dev;

import java.nio.file.Path;
import no.boforum.testsupport.EmbeddedElasticsearch;

/**
 * The run command's search node in a JVM of its own, for drills that kill it under a running portal
 * (bench/drill_search.py): the run command keeps its node inside Maven's JVM, where killing the
 * node would kill the run command too. Arguments: the HTTP port (the transport port is 100 above)
 * and the data directory; the portal is then started with BOFORUM_ES_URL pointing at it.
 */
public final class SearchNode {
  private SearchNode() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("Usage: SearchNode <http port> <data directory>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    EmbeddedElasticsearch node = EmbeddedElasticsearch.start(port, Path.of(args[1]));
    Runtime.getRuntime().addShutdownHook(new Thread(SearchNode.closing(node), "search-node-stop"));
    System.out.println("Search node ready at " + node.url());
    Thread.currentThread().join();
  }

  private static Runnable closing(EmbeddedElasticsearch node) {
    return () -> {
      try {
        node.close();
      } catch (java.io.IOException e) {
        System.err.println("Stopping the search node failed: " + e);
      }
    };
  }
}
