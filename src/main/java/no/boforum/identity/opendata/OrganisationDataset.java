package no.boforum.identity.opendata;

import static no.boforum.opendata.DataField.Type.BOOLEAN;
import static no.boforum.opendata.DataField.Type.CODE;
import static no.boforum.opendata.DataField.Type.INTEGER;
import static no.boforum.opendata.DataField.Type.TEXT;
import static no.boforum.opendata.DataField.Type.TIMESTAMP;
import static no.boforum.opendata.DataField.Type.URL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import no.boforum.taxonomy.Taxonomies;

/** Organisations as their public page shows them; members and roles are left out. */
@ApplicationScoped
public class OrganisationDataset implements OpenDataset {
  @PersistenceContext EntityManager em;

  private static final List<DataField> FIELDS =
      List.of(
          DataField.of("id", INTEGER, "the organisation's id"),
          DataField.of("slug", CODE, "the organisation's name in its address"),
          DataField.of("url", URL, "the organisation's page"),
          DataField.of("name", TEXT, "its name"),
          DataField.of("org_number", CODE, "its number in Enhetsregisteret (9 digits)"),
          DataField.of("actor_type", CODE, "what kind of actor it is (an actor type code)"),
          DataField.of("actor_type_label_nb", TEXT, "the kind of actor in bokmål"),
          DataField.of("actor_type_label_nn", TEXT, "the kind of actor in nynorsk"),
          DataField.of("actor_type_label_en", TEXT, "the kind of actor in English"),
          DataField.of("county_code", CODE, "the county it belongs to"),
          DataField.of("municipality_code", CODE, "the municipality it belongs to"),
          DataField.of("municipality_name", TEXT, "the municipality's name"),
          DataField.of("website", URL, "its website"),
          DataField.of("description", TEXT, "what it says of itself"),
          DataField.of("verified", BOOLEAN, "true when Boforum's administrators verified it"),
          DataField.of("created_at", TIMESTAMP, "when it joined Boforum"),
          DataField.of("updated_at", TIMESTAMP, "when its page was last changed"));

  private static final DatasetShape SHAPE =
      new DatasetShape(
          "organisations",
          "organisation_id",
          30,
          "Municipalities, NGOs, social entrepreneurs, state bodies and others in Boforum, as"
              + " their public pages show them. Their members are left out.",
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
                "SELECT id, slug, name, org_number, actor_type, county, municipality, website,"
                    + " description, verified, created_at, updated_at FROM organisation"
                    + " WHERE illustrative = FALSE AND id > ? ORDER BY id LIMIT ?")
            .setParameter(1, afterId)
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> record((Object[]) r, context)).toList();
  }

  private static OpenRecord record(Object[] r, ExportContext context) {
    String slug = (String) r[1];
    OpenRecord actor = context.term(Taxonomies.ACTOR_TYPE, (String) r[4]);
    return OpenRecord.of()
        .put("id", OpenRecord.number(r[0]))
        .put("slug", slug)
        .put("url", context.url("/organisations/" + slug))
        .put("name", r[2])
        .put("org_number", r[3])
        .put("actor_type", r[4])
        .put("actor_type_label_nb", actor.get("label_nb"))
        .put("actor_type_label_nn", actor.get("label_nn"))
        .put("actor_type_label_en", actor.get("label_en"))
        .put("county_code", r[5])
        .put("municipality_code", r[6])
        .put("municipality_name", context.placeName((String) r[6]))
        .put("website", r[7])
        .put("description", r[8])
        .put("verified", r[9] instanceof Boolean b ? b : ((Number) r[9]).intValue() != 0)
        .put("created_at", OpenRecord.time(r[10]))
        .put("updated_at", OpenRecord.time(r[11]));
  }
}
