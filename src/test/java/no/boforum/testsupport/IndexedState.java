package no.boforum.testsupport;

/**
 * Waits until the search index is in step with the database: the portal's readiness details (on the
 * management port) report no outbox row still to be indexed. Compare the index with the database
 * only after this.
 */
public final class IndexedState {
  private IndexedState() {}

  public static void awaitOutboxDrained() throws InterruptedException {
    Eventually.await(
        "the search outbox to drain",
        () -> Http.managementJson("health-details/ready"),
        health -> {
          for (var check : health.path("checks")) {
            if ("search".equals(check.path("name").asText())) {
              return "0".equals(check.path("data").path("outboxPending").asText());
            }
          }
          return false;
        });
  }
}
