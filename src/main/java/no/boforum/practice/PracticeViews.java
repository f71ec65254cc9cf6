package no.boforum.practice;

import static java.util.stream.Collectors.groupingBy;

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
import no.boforum.identity.OrganisationRef;
import no.boforum.identity.OrganisationService;

/** Turns practice entities into the read models that pages and the API show. */
@ApplicationScoped
public class PracticeViews {
  /** A published practice not reviewed for this long is flagged to its owners. */
  public static final int REVIEW_MONTHS = 24;

  @Inject OrganisationService organisations;
  @Inject PracticeRepository repository;
  @Inject PracticeParts parts;
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
                    p.isNational(),
                    p.getSpread(),
                    p.isIllustrative(),
                    needsReview(p),
                    p.getUpdatedAt()))
        .toList();
  }

  public PracticeDetails details(Practice p) {
    return details(List.of(p)).get(0);
  }

  /**
   * The details of several practices, with a fixed number of queries whatever their number (the
   * index rebuild reads them 200 at a time).
   */
  public List<PracticeDetails> details(List<Practice> practices) {
    List<Long> ids = practices.stream().map(Practice::getId).toList();
    Map<Long, List<Adoption>> adoptions =
        parts.adoptions(ids).stream().collect(groupingBy(Adoption::getPracticeId));
    Map<Long, List<Attachment>> attachments =
        parts.attachments(ids).stream().collect(groupingBy(Attachment::getPracticeId));
    Set<Long> orgIds = new HashSet<>();
    for (Practice p : practices) {
      orgIds.addAll(p.data().partnerOrganisationIds());
      if (p.getOwnerOrganisationId() != null) {
        orgIds.add(p.getOwnerOrganisationId());
      }
    }
    adoptions.values().stream()
        .flatMap(List::stream)
        .map(Adoption::getOrganisationId)
        .filter(Objects::nonNull)
        .forEach(orgIds::add);
    Map<Long, OrganisationDetails> orgs = organisations.byIds(orgIds);
    return practices.stream()
        .map(
            p ->
                details(
                    p,
                    adoptions.getOrDefault(p.getId(), List.of()),
                    attachments.getOrDefault(p.getId(), List.of()),
                    orgs))
        .toList();
  }

  private PracticeDetails details(
      Practice p,
      List<Adoption> adoptions,
      List<Attachment> attachments,
      Map<Long, OrganisationDetails> orgs) {
    PracticeData d = p.data();
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
        attachments.stream().map(a -> attachment(p, a)).toList(),
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
