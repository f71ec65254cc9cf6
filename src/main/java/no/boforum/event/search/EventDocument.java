package no.boforum.event.search;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import no.boforum.event.EventDetails;

/**
 * An event as the index holds it: its texts in both written forms (the agenda's too), the codes it
 * is filtered and counted by, and its times. Never who registered.
 */
public record EventDocument(
    String type,
    String slug,
    String title,
    String summary,
    String description,
    String agenda,
    String language,
    String format,
    String state,
    OffsetDateTime startsAt,
    OffsetDateTime endsAt,
    String hostName,
    String hostSlug,
    List<String> countyCodes,
    List<String> municipalityCodes,
    List<String> themes,
    List<String> targetGroups,
    Boolean illustrative,
    LocalDateTime publishedAt) {

  static EventDocument of(EventDetails e) {
    String m = e.municipality();
    String agenda =
        e.agenda().stream()
            .map(
                i ->
                    String.join(
                        "\n",
                        i.title(),
                        i.text() == null ? "" : i.text(),
                        i.speakers() == null ? "" : i.speakers()))
            .collect(Collectors.joining("\n\n"));
    return new EventDocument(
        EventSearchKind.NAME,
        e.slug(),
        e.title(),
        e.summary(),
        e.description(),
        agenda.isBlank() ? null : agenda,
        e.language(),
        e.format().name(),
        e.state().name(),
        e.startsAt(),
        e.endsAt(),
        e.host() == null ? null : e.host().name(),
        e.host() == null ? null : e.host().slug(),
        m == null ? List.of() : List.of(m.substring(0, 2)),
        m == null ? List.of() : List.of(m),
        e.themes(),
        e.targetGroups(),
        e.illustrative(),
        e.publishedAt() == null ? null : e.publishedAt().toLocalDateTime());
  }
}
