package no.boforum.matching.opendata;

import static no.boforum.opendata.DataField.Type.CODE;
import static no.boforum.opendata.DataField.Type.DATE;
import static no.boforum.opendata.DataField.Type.INTEGER;
import static no.boforum.opendata.DataField.Type.MARKDOWN;
import static no.boforum.opendata.DataField.Type.TEXT;
import static no.boforum.opendata.DataField.Type.TIMESTAMP;
import static no.boforum.opendata.DataField.Type.URL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import no.boforum.opendata.PartRows;
import no.boforum.taxonomy.Taxonomies;

/**
 * Needs and offers of organisations, in every state but withdrawn (the owner took it back). Left
 * out: conversations, who wrote them, and those of invented example organisations.
 */
@ApplicationScoped
public class PostingDataset implements OpenDataset {
  @PersistenceContext EntityManager em;

  private static final List<DataField> FIELDS =
      List.of(
          DataField.of("id", INTEGER, "the posting's id"),
          DataField.of("url", URL, "its page"),
          DataField.of("side", CODE, "need or offer"),
          DataField.of("organisation_id", INTEGER, "whose it is (organisations)"),
          DataField.of("title", TEXT, "its title"),
          DataField.of("description", MARKDOWN, "what is needed or offered"),
          DataField.of(
              "state",
              CODE,
              "open, in_dialogue, matched, done or expired (withdrawn are left out)"),
          DataField.of("needed_by", DATE, "a need: when it is wanted by"),
          DataField.of("capacity", TEXT, "an offer: how much can be given"),
          DataField.of("expires_on", DATE, "when it leaves the board unless confirmed"),
          DataField.of("created_at", TIMESTAMP, "when it was posted"),
          DataField.of("updated_at", TIMESTAMP, "when it was last changed"),
          new DataField(
              "classifications",
              DataField.Type.LIST,
              "its target groups, themes, actor types wanted, funding and procurement routes",
              ExportContext.TERM_FIELDS),
          new DataField(
              "places",
              DataField.Type.LIST,
              "the municipalities or county it concerns",
              ExportContext.PLACE_FIELDS),
          DataField.list(
              "practices",
              "an offer: the published practices it builds on",
              DataField.of("practice_id", INTEGER, "a practice (practices)")));

  private static final DatasetShape SHAPE =
      new DatasetShape(
          "needs_and_offers",
          "posting_id",
          50,
          "What municipalities and others need from other actors, and what NGOs, social"
              + " entrepreneurs and others offer them: the matching board.",
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
                "SELECT m.id, m.side, m.organisation_id, m.title, m.body, m.state, m.needed_by,"
                    + " m.capacity, m.expires_on, m.created_at, m.updated_at"
                    + " FROM matching_posting m JOIN organisation o ON o.id = m.organisation_id"
                    + " WHERE m.state <> 'WITHDRAWN' AND o.illustrative = FALSE AND m.id > ?"
                    + " ORDER BY m.id LIMIT ?")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    List<Object[]> postings = rows.stream().map(r -> (Object[]) r).toList();
    List<Long> ids = postings.stream().map(r -> OpenRecord.number(r[0])).toList();
    Map<Long, List<OpenRecord>> terms = new HashMap<>();
    Map<Long, List<OpenRecord>> places = new HashMap<>();
    Map<Long, List<OpenRecord>> practices = new HashMap<>();
    if (!ids.isEmpty()) {
      for (Object[] r :
          PartRows.of(
              em,
              "SELECT posting_id, taxonomy, code FROM matching_posting_term",
              "posting_id",
              "posting_id, taxonomy, code",
              ids)) {
        Object[] t = r;
        long id = OpenRecord.number(t[0]);
        String taxonomy = (String) t[1];
        if (Taxonomies.MUNICIPALITY.equals(taxonomy) || Taxonomies.COUNTY.equals(taxonomy)) {
          places.computeIfAbsent(id, k -> new ArrayList<>()).add(context.place((String) t[2]));
        } else {
          terms
              .computeIfAbsent(id, k -> new ArrayList<>())
              .add(context.term(taxonomy, (String) t[2]));
        }
      }
      for (Object[] r :
          PartRows.of(
              em,
              "SELECT mp.posting_id, mp.practice_id FROM matching_posting_practice mp"
                  + " JOIN practice p ON p.id = mp.practice_id AND p.state = 'PUBLISHED'"
                  + " AND p.illustrative = FALSE",
              "mp.posting_id",
              "mp.posting_id, mp.practice_id",
              ids)) {
        Object[] p = r;
        practices
            .computeIfAbsent(OpenRecord.number(p[0]), k -> new ArrayList<>())
            .add(OpenRecord.of().put("practice_id", OpenRecord.number(p[1])));
      }
    }
    return postings.stream()
        .map(
            r -> {
              long id = OpenRecord.number(r[0]);
              return record(r, context)
                  .list("classifications", terms.getOrDefault(id, List.of()))
                  .list("places", places.getOrDefault(id, List.of()))
                  .list("practices", practices.getOrDefault(id, List.of()));
            })
        .toList();
  }

  private static OpenRecord record(Object[] r, ExportContext context) {
    long id = OpenRecord.number(r[0]);
    return OpenRecord.of()
        .put("id", id)
        .put("url", context.url("/matching/" + id))
        .put("side", ((String) r[1]).toLowerCase(Locale.ROOT))
        .put("organisation_id", OpenRecord.number(r[2]))
        .put("title", r[3])
        .put("description", r[4])
        .put("state", ((String) r[5]).toLowerCase(Locale.ROOT))
        .put("needed_by", OpenRecord.date(r[6]))
        .put("capacity", r[7])
        .put("expires_on", OpenRecord.date(r[8]))
        .put("created_at", OpenRecord.time(r[9]))
        .put("updated_at", OpenRecord.time(r[10]));
  }
}
