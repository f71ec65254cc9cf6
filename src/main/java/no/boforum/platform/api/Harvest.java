package no.boforum.platform.api;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import no.boforum.platform.InputProblem;

/**
 * What a harvester asks of a public list (decision 0023): only the records changed (created or
 * updated) after an instant, {@code ?changedSince=}, and nothing at all when the kind has not
 * changed since its last visit ({@code If-Modified-Since}, answered 304). Times in the database are
 * UTC.
 */
public final class Harvest {
  public static final String PARAMETER = "changedSince";
  public static final String DESCRIPTION =
      "only records created or changed after this instant: ISO-8601 with a zone"
          + " (2026-03-01T12:00:00Z, 2026-03-01T13:00:00+01:00) or a date (2026-03-01, from"
          + " midnight in Oslo). Records that left the list (withdrawn, archived, hidden) are not"
          + " listed; the answer's Last-Modified tells when the kind last changed.";

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Harvest() {}

  /**
   * The {@code changedSince} parameter as a UTC time of the database, empty when not given.
   *
   * @throws InputProblem when it is neither an instant with a zone nor a date
   */
  public static Optional<LocalDateTime> changedSince(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    // A '+' of an offset that was not escaped in the address arrives as a space.
    String text = raw.strip().replace(' ', '+');
    try {
      Instant instant =
          DATE.matcher(text).matches()
              ? LocalDate.parse(text).atStartOfDay(OSLO).toInstant()
              : OffsetDateTime.parse(text).toInstant();
      return Optional.of(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    } catch (DateTimeException e) {
      throw new InputProblem(PARAMETER, "opendata.catalog.changedSince.invalid", raw);
    }
  }

  /**
   * Answers 304 when the request's {@code If-Modified-Since} is at or after the kind's last change
   * (to the second, as HTTP dates go); otherwise names that change in {@code Last-Modified}. While
   * the last change lies in the present second nothing is named: another change in that second
   * would carry the same date, and a client that asked with it would miss it.
   *
   * @param lastChange the latest change of any record of the kind (UTC), empty when there is none
   * @throws WebApplicationException with the 304 answer (or 412 for a failed If-Unmodified-Since)
   */
  public static void lastModified(
      Request request, HttpServletResponse response, Optional<LocalDateTime> lastChange) {
    if (lastChange.isEmpty()) {
      return;
    }
    Instant changed = lastChange.get().truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC);
    if (!changed.isBefore(Instant.now().truncatedTo(ChronoUnit.SECONDS))) {
      return;
    }
    Date modified = Date.from(changed);
    Response.ResponseBuilder precondition = request.evaluatePreconditions(modified);
    if (precondition != null) {
      // 304 for If-Modified-Since, 412 for a failed If-Unmodified-Since: neither is an error here.
      throw new WebApplicationException(precondition.lastModified(modified).build());
    }
    response.setDateHeader("Last-Modified", modified.getTime());
  }
}
