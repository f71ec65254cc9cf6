package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * What people search for, for administrators: the most frequent queries and those that found
 * nothing, per day. Only the words are kept, counted per day; never who searched, from where or
 * when in the day. Words that look like an email address or a long number (a phone, a national
 * identity number) are not kept at all.
 */
@ApplicationScoped
public class SearchInsight {
  private static final Logger LOG = Logger.getLogger(SearchInsight.class.getName());
  static final int MAX_QUERY = 200;
  private static final Pattern PERSONAL = Pattern.compile(".*(@|\\d{6,}).*");

  /**
   * A query and how often it was searched in the period; {@code zeroResults} of those found
   * nothing.
   */
  public record QueryCount(String query, long searches, long zeroResults) {}

  /** One day's totals. */
  public record DayCount(LocalDate day, long searches, long zeroResults) {}

  @PersistenceContext EntityManager em;
  Clock clock = Clock.systemUTC();

  /**
   * Counts a search, in its own transaction: a failure here must never fail the search itself, so
   * it is logged and forgotten.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void count(String text, long total) {
    String query = normalise(text);
    if (query == null) {
      return;
    }
    try {
      em.createNativeQuery(
              "INSERT INTO search_query_day (day, query, searches, zero_results) VALUES (?, ?, 1, ?)"
                  + " ON DUPLICATE KEY UPDATE searches = searches + 1,"
                  + " zero_results = zero_results + VALUES(zero_results)")
          .setParameter(1, LocalDate.now(clock))
          .setParameter(2, query)
          .setParameter(3, total == 0 ? 1 : 0)
          .executeUpdate();
    } catch (RuntimeException e) {
      LOG.warning(() -> "A search was not counted: " + e);
    }
  }

  /** The words as counted: lower case, single spaces, at most 200 characters; null to skip. */
  static String normalise(String text) {
    if (text == null) {
      return null;
    }
    String words = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    if (words.isEmpty() || PERSONAL.matcher(words).matches()) {
      return null;
    }
    return words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words;
  }

  /** The most searched queries of the last {@code days} days. */
  @Transactional
  public List<QueryCount> top(int days, int limit) {
    return queries("", "searches", days, limit);
  }

  /** The queries that most often found nothing in the last {@code days} days. */
  @Transactional
  public List<QueryCount> zeroResults(int days, int limit) {
    return queries(" HAVING SUM(zero_results) > 0", "SUM(zero_results)", days, limit);
  }

  private List<QueryCount> queries(String having, String order, int days, int limit) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT query, SUM(searches) AS searches, SUM(zero_results) FROM search_query_day"
                    + " WHERE day >= ? GROUP BY query"
                    + having
                    + " ORDER BY "
                    + order
                    + " DESC, query LIMIT ?")
            .setParameter(1, since(days))
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new QueryCount(
                    (String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  /** Searches per day, newest first. */
  @Transactional
  public List<DayCount> perDay(int days) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT day, SUM(searches), SUM(zero_results) FROM search_query_day"
                    + " WHERE day >= ? GROUP BY day ORDER BY day DESC")
            .setParameter(1, since(days))
            .getResultList();
    return rows.stream()
        .map(r -> (Object[]) r)
        .map(
            r ->
                new DayCount(
                    r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
        .toList();
  }

  private LocalDate since(int days) {
    return LocalDate.now(clock).minusDays(days - 1L);
  }
}
