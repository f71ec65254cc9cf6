package no.boforum.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The request metrics: {@code boforum_http_requests_total{family,status}} (status class: 2xx, 3xx,
 * 4xx, 5xx) and {@code boforum_http_request_duration_milliseconds{family}} (count, sum, max and
 * quantiles). Both label sets are bounded by the code (decision 0036). A histogram of milliseconds
 * without a MicroProfile unit rather than a timer: Payara 6.2025.10 exports a timer's sum in
 * seconds but its quantiles in nanoseconds under the same {@code _seconds} name; without a unit
 * nothing is scaled, so every figure is in milliseconds.
 */
@ApplicationScoped
public class RequestMetrics {
  static final String REQUESTS = "boforum.http.requests";
  static final String DURATION = "boforum.http.request.duration.milliseconds";

  private static final Metadata REQUESTS_METADATA =
      Metadata.builder()
          .withName(REQUESTS)
          .withDescription("Requests answered, by page family or API and status class")
          .build();
  private static final Metadata DURATION_METADATA =
      Metadata.builder()
          .withName(DURATION)
          .withDescription("Time from the request's arrival to its answer, by page family or API")
          .build();

  @Inject MetricRegistry registry;

  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Histogram> durations = new ConcurrentHashMap<>();

  /** Records one answered request of {@code family} with its HTTP status. */
  public void record(String family, int status, Duration took) {
    String statusClass = statusClass(status);
    counters
        .computeIfAbsent(
            family + " " + statusClass,
            k ->
                registry.counter(
                    REQUESTS_METADATA, new Tag("family", family), new Tag("status", statusClass)))
        .inc();
    durations
        .computeIfAbsent(
            family, k -> registry.histogram(DURATION_METADATA, new Tag("family", family)))
        .update(Math.round(took.toNanos() / 1e6));
  }

  /**
   * {@code 2xx} for 200 to 299, and so on; anything outside 100 to 599 counts as {@code 5xx}. A
   * {@code 503} is {@code 503}, not {@code 5xx}: the portal answers it on purpose (starting, the
   * database away, too busy), and an alert on server errors must not fire on every start.
   */
  static String statusClass(int status) {
    if (status == 503) {
      return "503";
    }
    return status >= 100 && status < 600 ? (status / 100) + "xx" : "5xx";
  }
}
