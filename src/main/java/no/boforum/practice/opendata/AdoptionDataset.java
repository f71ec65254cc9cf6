package no.boforum.practice.opendata;

import static no.boforum.opendata.DataField.Type.CODE;
import static no.boforum.opendata.DataField.Type.DATE;
import static no.boforum.opendata.DataField.Type.INTEGER;
import static no.boforum.opendata.DataField.Type.TEXT;
import static no.boforum.opendata.DataField.Type.TIMESTAMP;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;

/**
 * Spread: a municipality (or an organisation in it) took up a published practice. Who reported it
 * is left out; adoptions by invented example organisations too.
 */
@ApplicationScoped
public class AdoptionDataset implements OpenDataset {
  @PersistenceContext EntityManager em;

  private static final List<DataField> FIELDS =
      List.of(
          DataField.of("id", INTEGER, "the adoption's id"),
          DataField.of("practice_id", INTEGER, "the practice taken up (practices)"),
          DataField.of(
              "organisation_id",
              INTEGER,
              "the organisation that took it up (organisations); empty where the sources name"
                  + " none"),
          DataField.of("municipality_code", CODE, "where: the municipality's number"),
          DataField.of("municipality_name", TEXT, "the municipality's name"),
          DataField.of("county_code", CODE, "the municipality's county"),
          DataField.of("status", CODE, "planning, running or stopped"),
          DataField.of("started_on", DATE, "when it started there"),
          DataField.of("note", TEXT, "what the reporter wrote about it"),
          DataField.of("created_at", TIMESTAMP, "when it was reported"),
          DataField.of("updated_at", TIMESTAMP, "when it was last changed"));

  private static final DatasetShape SHAPE =
      new DatasetShape(
          "adoptions",
          "adoption_id",
          20,
          "Where practices have spread: one record per municipality (and organisation) that took"
              + " up a published practice.",
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
                "SELECT a.id, a.practice_id, a.organisation_id, a.municipality, a.status,"
                    + " a.started_on, a.note, a.created_at, a.updated_at"
                    + " FROM adoption a JOIN practice p ON p.id = a.practice_id"
                    + " LEFT JOIN organisation o ON o.id = a.organisation_id"
                    + " LEFT JOIN organisation po ON po.id = p.owner_organisation_id"
                    + " WHERE p.state = 'PUBLISHED' AND p.illustrative = FALSE"
                    + " AND (o.id IS NULL OR o.illustrative = FALSE)"
                    + " AND (po.id IS NULL OR po.illustrative = FALSE) AND a.id > ?"
                    + " ORDER BY a.id LIMIT ?")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> record((Object[]) r, context)).toList();
  }

  private static OpenRecord record(Object[] r, ExportContext context) {
    String municipality = (String) r[3];
    OpenRecord place = context.place(municipality);
    return OpenRecord.of()
        .put("id", ((Number) r[0]).longValue())
        .put("practice_id", ((Number) r[1]).longValue())
        .put("organisation_id", r[2] == null ? null : ((Number) r[2]).longValue())
        .put("municipality_code", municipality)
        .put("municipality_name", place.get("name"))
        .put("county_code", place.get("county_code"))
        .put("status", ((String) r[4]).toLowerCase(Locale.ROOT))
        .put("started_on", OpenRecord.date(r[5]))
        .put("note", r[6])
        .put("created_at", OpenRecord.time(r[7]))
        .put("updated_at", OpenRecord.time(r[8]));
  }
}
