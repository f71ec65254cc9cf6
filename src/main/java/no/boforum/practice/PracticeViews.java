package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;

/** Turns practice entities into the read models that pages and the API show. */
@ApplicationScoped
public class PracticeViews {
  /** A published practice not reviewed for this long is flagged to its owners. */
  public static final int REVIEW_MONTHS = 24;

  @Inject OrganisationService organisations;
  @Inject PracticeRepository repository;
  Clock clock = Clock.systemUTC();

  public boolean needsReview(Practice p) {
    return p.getState() == PracticeState.PUBLISHED
        && p.getLastReviewedAt() != null
        && p.getLastReviewedAt().isBefore(LocalDateTime.now(clock).minusMonths(REVIEW_MONTHS));
  }

  public List<PracticeSummary> summaries(List<Practice> practices) {
    Map<Long, OrganisationDetails> owners =
        organisations.byIds(
            practices.stream()
                .map(Practice::getOwnerOrganisationId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return practices.stream()
        .map(
            p ->
                new PracticeSummary(
                    p.getSlug(),
                    p.getTitle(),
                    p.getSummary(),
                    p.getEvidenceLevel().code(),
                    p.getLanguage(),
                    p.getState(),
                    p.getActivityStatus(),
                    OrganisationRef.of(owners.get(p.getOwnerOrganisationId())),
                    p.codes(PracticeTerms.PLACE),
                    p.data().national(),
                    p.getSpread(),
                    p.isIllustrative(),
                    needsReview(p),
                    p.getUpdatedAt()))
        .toList();
  }

  public PracticeDetails details(Practice p) {
    PracticeData d = p.data();
    List<Adoption> adoptions = repository.adoptions(p.getId());
    Set<Long> ids = new HashSet<>(d.partnerOrganisationIds());
    if (d.ownerOrganisationId() != null) {
      ids.add(d.ownerOrganisationId());
    }
    adoptions.stream().map(Adoption::getOrganisationId).filter(Objects::nonNull).forEach(ids::add);
    Map<Long, OrganisationDetails> orgs = organisations.byIds(ids);
    return new PracticeDetails(
        p.getSlug(),
        p.getState(),
        d.title(),
        d.summary(),
        d.body(),
        d.language(),
        OrganisationRef.of(orgs.get(d.ownerOrganisationId())),
        d.partnerOrganisationIds().stream()
            .map(orgs::get)
            .filter(Objects::nonNull)
            .map(OrganisationRef::of)
            .toList(),
        d.actorTypes(),
        d.voluntaryRoles(),
        d.targetGroups(),
        d.themes(),
        d.places(),
        d.national(),
        d.startedOn(),
        d.endedOn(),
        d.activityStatus(),
        d.evidenceLevel().code(),
        d.evidenceNote(),
        d.evaluationPlanned(),
        d.nordicEvidence(),
        d.funding(),
        d.procurementRoute(),
        d.outcomes(),
        d.contact(),
        d.links(),
        d.illustrative(),
        p.getSpread(),
        adoptions.stream().map(a -> adoption(a, orgs)).toList(),
        repository.attachments(p.getId()).stream().map(a -> attachment(p, a)).toList(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getPublishedAt(),
        p.getLastReviewedAt(),
        needsReview(p),
        p.getVersion());
  }

  static AdoptionView adoption(Adoption a, Map<Long, OrganisationDetails> orgs) {
    return new AdoptionView(
        a.getId(),
        OrganisationRef.of(a.getOrganisationId() == null ? null : orgs.get(a.getOrganisationId())),
        a.getMunicipality(),
        a.getMunicipality().substring(0, 2),
        a.getStartedOn(),
        a.getStatus(),
        a.getNote(),
        a.getVersion());
  }

  static AttachmentView attachment(Practice p, Attachment a) {
    return new AttachmentView(
        a.getId(),
        a.getTitle(),
        a.getFileName(),
        a.getSizeBytes(),
        a.getPageCount(),
        a.getCreatedAt(),
        "/files/practices/" + p.getSlug() + "/" + a.getId() + "/" + a.getFileName());
  }
}
