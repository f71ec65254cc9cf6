package no.boforum.practice.opendata;

import static no.boforum.opendata.DataField.Type.BOOLEAN;
import static no.boforum.opendata.DataField.Type.CODE;
import static no.boforum.opendata.DataField.Type.DATE;
import static no.boforum.opendata.DataField.Type.INTEGER;
import static no.boforum.opendata.DataField.Type.MARKDOWN;
import static no.boforum.opendata.DataField.Type.TEXT;
import static no.boforum.opendata.DataField.Type.TIMESTAMP;
import static no.boforum.opendata.DataField.Type.URL;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import no.boforum.identity.OrganisationRef;
import no.boforum.opendata.DataField;
import no.boforum.opendata.DatasetShape;
import no.boforum.opendata.ExportContext;
import no.boforum.opendata.OpenDataset;
import no.boforum.opendata.OpenRecord;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeViews;
import no.boforum.taxonomy.Taxonomies;

/** Published practices with their classifications, places, partners and links; no contact. */
@ApplicationScoped
public class PracticeDataset implements OpenDataset {
  @PersistenceContext EntityManager em;
  @Inject PracticeViews views;

  private static final List<DataField> FIELDS =
      List.of(
          DataField.of("id", INTEGER, "the practice's id"),
          DataField.of("slug", CODE, "the practice's name in its address"),
          DataField.of("url", URL, "the practice's page"),
          DataField.of("title", TEXT, "the practice's name"),
          DataField.of("summary", TEXT, "a short summary"),
          DataField.of("description", MARKDOWN, "what was done, for whom, how"),
          DataField.of("language", CODE, "the language it is written in: nb, nn or en"),
          DataField.of(
              "owner_organisation_id", INTEGER, "the organisation that runs it (organisations)"),
          DataField.of("activity_status", CODE, "planned, active or ended"),
          DataField.of("started_on", DATE, "when it started"),
          DataField.of("ended_on", DATE, "when it ended"),
          DataField.of("national", BOOLEAN, "true for a nationwide practice"),
          DataField.of(
              "evidence_level",
              CODE,
              "what is known of its effect: idea_pilot, described, process_evaluated,"
                  + " effect_evaluated or documented_effect"),
          DataField.of("evidence_note", TEXT, "what the evidence level rests on"),
          DataField.of("evaluation_planned", DATE, "for a pilot: when an evaluation is planned"),
          DataField.of("nordic_evidence", BOOLEAN, "true when the evidence is from Nordic studies"),
          DataField.of("procurement_route", CODE, "how it was procured (a procurement route code)"),
          DataField.of("outcomes", MARKDOWN, "what came of it"),
          DataField.of("spread", INTEGER, "in how many municipalities it has been taken up"),
          DataField.of("published_at", TIMESTAMP, "when it was first published"),
          DataField.of("updated_at", TIMESTAMP, "when it was last changed"),
          DataField.of("last_reviewed_at", TIMESTAMP, "when it was last confirmed as accurate"),
          new DataField(
              "classifications",
              DataField.Type.LIST,
              "its target groups, themes, actor types, voluntary-sector roles and funding"
                  + " (taxonomy target_group, theme, actor_type, voluntary_role, funding)",
              ExportContext.TERM_FIELDS),
          new DataField(
              "places",
              DataField.Type.LIST,
              "the municipalities and counties where it runs",
              ExportContext.PLACE_FIELDS),
          DataField.list(
              "partners",
              "the organisations it runs with",
              DataField.of("organisation_id", INTEGER, "the partner (organisations)")),
          DataField.list(
              "links",
              "further reading",
              DataField.of("url", URL, "the address"),
              DataField.of("label", TEXT, "what it is")));

  private static final DatasetShape SHAPE =
      new DatasetShape(
          "practices",
          "practice_id",
          10,
          "Practices in social housing work: who did what, for whom, where, and with what"
              + " evidence. Published practices only; their contact persons are left out.",
          FIELDS);

  @Override
  public DatasetShape shape() {
    return SHAPE;
  }

  @Override
  @Transactional
  public List<OpenRecord> after(long afterId, int limit, ExportContext context) {
    List<Long> ids =
        ((List<?>)
                em.createNativeQuery(
                        "SELECT p.id FROM practice p"
                            + " LEFT JOIN organisation o ON o.id = p.owner_organisation_id"
                            + " WHERE p.state = 'PUBLISHED' AND p.illustrative = FALSE"
                            + " AND (o.id IS NULL OR o.illustrative = FALSE) AND p.id > ?"
                            + " ORDER BY p.id LIMIT ?")
                    .setParameter(1, afterId)
                    .setParameter(2, limit)
                    .getResultList())
            .stream().map(OpenRecord::number).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Practice> page =
        em.createQuery("SELECT p FROM Practice p WHERE p.id IN :ids ORDER BY p.id", Practice.class)
            .setParameter("ids", ids)
            .getResultList();
    List<PracticeDetails> details = views.details(page);
    List<OpenRecord> records = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      records.add(record(page.get(i).getId(), details.get(i), context));
    }
    return records;
  }

  private static OpenRecord record(long id, PracticeDetails d, ExportContext context) {
    List<OpenRecord> terms = new ArrayList<>();
    terms.addAll(context.terms(Taxonomies.TARGET_GROUP, d.targetGroups()));
    terms.addAll(context.terms(Taxonomies.THEME, d.themes()));
    terms.addAll(context.terms(Taxonomies.ACTOR_TYPE, d.actorTypes()));
    terms.addAll(context.terms(Taxonomies.VOLUNTARY_ROLE, d.voluntaryRoles()));
    terms.addAll(context.terms(Taxonomies.FUNDING, d.funding()));
    return OpenRecord.of()
        .put("id", id)
        .put("slug", d.slug())
        .put("url", context.url("/practices/" + d.slug()))
        .put("title", d.title())
        .put("summary", d.summary())
        .put("description", d.body())
        .put("language", d.language())
        .put("owner_organisation_id", d.owner() == null ? null : d.owner().id())
        .put("activity_status", d.activityStatus())
        .put("started_on", d.startedOn())
        .put("ended_on", d.endedOn())
        .put("national", d.national())
        .put("evidence_level", d.evidenceLevel())
        .put("evidence_note", d.evidenceNote())
        .put("evaluation_planned", d.evaluationPlanned())
        .put("nordic_evidence", d.nordicEvidence())
        .put("procurement_route", d.procurementRoute())
        .put("outcomes", d.outcomes())
        .put("spread", d.spread())
        .put("published_at", d.publishedAt())
        .put("updated_at", d.updatedAt())
        .put("last_reviewed_at", d.lastReviewedAt())
        .list("classifications", terms)
        .list("places", context.places(d.places()))
        .list(
            "partners",
            d.partners().stream()
                .filter(p -> !p.illustrative())
                .map(OrganisationRef::id)
                .map(pid -> OpenRecord.of().put("organisation_id", pid))
                .toList())
        .list(
            "links",
            d.links().stream()
                .map(l -> OpenRecord.of().put("url", l.url()).put("label", l.label()))
                .toList());
  }
}
