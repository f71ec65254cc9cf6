package no.boforum.event.opendata;

import static no.boforum.opendata.DataField.Type.CODE;
import static no.boforum.opendata.DataField.Type.INTEGER;
import static no.boforum.opendata.DataField.Type.MARKDOWN;
import static no.boforum.opendata.DataField.Type.TEXT;
import static no.boforum.opendata.DataField.Type.TIMESTAMP;
import static no.boforum.opendata.DataField.Type.URL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.event.EventTimes;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import no.boforum.opendata.PartRows;

/**
 * Public forum events (announced, cancelled or closed) with their classifications, co-hosts and
 * findings. Left out: drafts, invented examples, participants, contact persons, the link to join,
 * and the agenda (it names speakers).
 */
@ApplicationScoped
public class EventDataset implements OpenDataset {
  @PersistenceContext EntityManager em;

  private static final List<DataField> FIELDS =
      List.of(
          DataField.of("id", INTEGER, "the event's id"),
          DataField.of("slug", CODE, "the event's name in its address"),
          DataField.of("url", URL, "the event's page"),
          DataField.of("title", TEXT, "its name"),
          DataField.of("summary", TEXT, "a short summary"),
          DataField.of("description", MARKDOWN, "what it is about"),
          DataField.of("language", CODE, "nb, nn or en"),
          DataField.of("format", CODE, "in_person, digital or hybrid"),
          DataField.of("state", CODE, "published (announced), cancelled or closed (held)"),
          DataField.of("starts_at", TIMESTAMP, "when it starts"),
          DataField.of("ends_at", TIMESTAMP, "when it ends"),
          DataField.of("venue_name", TEXT, "where it is held"),
          DataField.of("venue_address", TEXT, "the venue's address"),
          DataField.of("municipality_code", CODE, "the venue's municipality"),
          DataField.of("municipality_name", TEXT, "the municipality's name"),
          DataField.of("host_organisation_id", INTEGER, "who hosts it (organisations)"),
          DataField.of("closing_report", MARKDOWN, "for a closed event: the host's report"),
          DataField.of("published_at", TIMESTAMP, "when it was announced"),
          DataField.of("updated_at", TIMESTAMP, "when it was last changed"),
          new DataField(
              "classifications",
              DataField.Type.LIST,
              "its themes and target groups (taxonomy theme, target_group)",
              ExportContext.TERM_FIELDS),
          DataField.list(
              "cohosts",
              "the organisations that host it with the host",
              DataField.of("organisation_id", INTEGER, "a co-host (organisations)")),
          DataField.list(
              "findings",
              "what a closed forum found",
              DataField.of("finding_id", INTEGER, "the finding's id"),
              DataField.of("kind", CODE, "municipalities_want, others_offer, idea or barrier"),
              DataField.of("text", TEXT, "the finding")),
          DataField.list(
              "finding_practices",
              "the published practices that a finding names",
              DataField.of("finding_id", INTEGER, "the finding (events_findings.csv)"),
              DataField.of("practice_id", INTEGER, "the practice (practices)")));

  private static final DatasetShape SHAPE =
      new DatasetShape(
          "events",
          "event_id",
          40,
          "Forum events that bring municipalities, NGOs, social entrepreneurs, users and the"
              + " state together, with what the closed ones found. Who took part is never in it.",
          FIELDS);

  @Override
  public DatasetShape shape() {
    return SHAPE;
  }

  @Override
  @Transactional
  public List<OpenRecord> after(long afterId, int limit, ExportContext context) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT e.id, e.slug, e.title, e.summary, e.description, e.language, e.format,"
                    + " e.state, e.starts_at, e.ends_at, e.venue_name, e.venue_address,"
                    + " e.municipality, e.host_organisation_id,"
                    + " CASE WHEN e.state = 'CLOSED' THEN e.closing_report END,"
                    + " e.published_at, e.updated_at"
                    + " FROM event e JOIN organisation o ON o.id = e.host_organisation_id"
                    + " WHERE e.state <> 'DRAFT' AND e.illustrative = FALSE"
                    + " AND o.illustrative = FALSE AND e.id > ? ORDER BY e.id LIMIT ?")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    List<Object[]> events = rows.stream().map(r -> (Object[]) r).toList();
    List<Long> ids = events.stream().map(r -> OpenRecord.number(r[0])).toList();
    Map<Long, List<OpenRecord>> terms = new HashMap<>();
    Map<Long, List<OpenRecord>> cohosts = new HashMap<>();
    Map<Long, List<OpenRecord>> findings = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] r :
          PartRows.of(
              em,
              "SELECT event_id, taxonomy, code FROM event_term",
              "event_id",
              "event_id, taxonomy, code",
              ids)) {
        Object[] t = r;
        terms
            .computeIfAbsent(OpenRecord.number(t[0]), k -> new ArrayList<>())
            .add(context.term((String) t[1], (String) t[2]));
      }
      for (Object[] r :
          PartRows.of(
              em,
              "SELECT c.event_id, c.organisation_id FROM event_cohost c JOIN organisation o"
                  + " ON o.id = c.organisation_id AND o.illustrative = FALSE",
              "c.event_id",
              "c.event_id, c.organisation_id",
              ids)) {
        Object[] c = r;
        cohosts
            .computeIfAbsent(OpenRecord.number(c[0]), k -> new ArrayList<>())
            .add(OpenRecord.of().put("organisation_id", OpenRecord.number(c[1])));
      }
      for (Object[] r :
          PartRows.of(
              em,
              "SELECT f.event_id, f.id, f.kind, f.text FROM event_finding f"
                  + " JOIN event e ON e.id = f.event_id AND e.state = 'CLOSED'",
              "f.event_id",
              "f.event_id, f.position",
              ids)) {
        Object[] f = r;
        findings
            .computeIfAbsent(OpenRecord.number(f[0]), k -> new ArrayList<>())
            .add(
                OpenRecord.of()
                    .put("finding_id", OpenRecord.number(f[1]))
                    .put("kind", ((String) f[2]).toLowerCase(Locale.ROOT))
                    .put("text", f[3]));
      }
    }
    Map<Long, List<OpenRecord>> findingPractices = new HashMap<>();
    for (Object[] r :
        PartRows.of(
            em,
            "SELECT f.event_id, f.id, p.id FROM event_finding f"
                + " JOIN event e ON e.id = f.event_id AND e.state = 'CLOSED'"
                + " JOIN practice p ON CONCAT(' ', f.practices, ' ') LIKE CONCAT('% ', p.slug, ' %')"
                + " AND p.state = 'PUBLISHED' AND p.illustrative = FALSE",
            "f.event_id",
            "f.event_id, f.position, p.id",
            ids)) {
      findingPractices
          .computeIfAbsent(OpenRecord.number(r[0]), k -> new ArrayList<>())
          .add(
              OpenRecord.of()
                  .put("finding_id", OpenRecord.number(r[1]))
                  .put("practice_id", OpenRecord.number(r[2])));
    }
    return events.stream()
        .map(
            r -> {
              long id = OpenRecord.number(r[0]);
              return record(r, context)
                  .list("classifications", terms.getOrDefault(id, List.of()))
                  .list("cohosts", cohosts.getOrDefault(id, List.of()))
                  .list("findings", findings.getOrDefault(id, List.of()))
                  .list("finding_practices", findingPractices.getOrDefault(id, List.of()));
            })
        .toList();
  }

  private static OpenRecord record(Object[] r, ExportContext context) {
    String slug = (String) r[1];
    String municipality = (String) r[12];
    return OpenRecord.of()
        .put("id", OpenRecord.number(r[0]))
        .put("slug", slug)
        .put("url", context.url("/events/" + slug))
        .put("title", r[2])
        .put("summary", r[3])
        .put("description", r[4])
        .put("language", r[5])
        .put("format", ((String) r[6]).toLowerCase(Locale.ROOT))
        .put("state", ((String) r[7]).toLowerCase(Locale.ROOT))
        .put("starts_at", oslo(OpenRecord.time(r[8])))
        .put("ends_at", oslo(OpenRecord.time(r[9])))
        .put("venue_name", r[10])
        .put("venue_address", r[11])
        .put("municipality_code", municipality)
        .put("municipality_name", context.placeName(municipality))
        .put("host_organisation_id", OpenRecord.number(r[13]))
        .put("closing_report", r[14])
        .put("published_at", OpenRecord.time(r[15]))
        .put("updated_at", OpenRecord.time(r[16]));
  }

  /** Event times are wall-clock times in Oslo. */
  private static Object oslo(LocalDateTime t) {
    return t == null ? null : t.atZone(EventTimes.ZONE).toOffsetDateTime();
  }
}
