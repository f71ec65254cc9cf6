package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.boforum.event.EventClosing;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationRef;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.text.Slugs;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeParts;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;
import no.boforum.taxonomy.Taxonomies;

/**
 * Makes read models of postings, looking their organisations up in one query per page; a practice
 * that is no longer published drops out of an offer's list.
 */
@ApplicationScoped
public class MatchingViews {
  @Inject OrganisationService organisations;
  @Inject PracticeRepository practices;
  @Inject PracticeParts practiceParts;
  @Inject ConfirmationPeriod period;
  @Inject EventClosing findings;

  /** The page's address: {@code matching/<id>-<slug of the title>}. */
  public static String path(long id, String title) {
    return "matching/" + id + "-" + Slugs.of(title);
  }

  public PostingDetails details(Posting p) {
    return details(List.of(p)).get(0);
  }

  public List<PostingDetails> details(Collection<Posting> postings) {
    Set<Long> ids = new HashSet<>();
    postings.forEach(p -> ids.add(p.getOrganisationId()));
    Map<Long, OrganisationDetails> owners = organisations.byIds(ids);
    Set<Long> practiceIds = new HashSet<>();
    postings.forEach(p -> practiceIds.addAll(p.getPracticeIds()));
    Map<Long, Practice> built = new HashMap<>();
    practices.findByIds(practiceIds).forEach(pr -> built.put(pr.getId(), pr));
    List<PostingDetails> out = new ArrayList<>();
    for (Posting p : postings) {
      OrganisationDetails owner = owners.get(p.getOrganisationId());
      out.add(of(p, owner, built));
    }
    return out;
  }

  private PostingDetails of(Posting p, OrganisationDetails owner, Map<Long, Practice> byId) {
    List<String> municipalities = p.codes(Taxonomies.MUNICIPALITY);
    List<String> county = p.codes(Taxonomies.COUNTY);
    Set<String> counties = new TreeSet<>(county);
    municipalities.forEach(m -> counties.add(m.substring(0, Math.min(2, m.length()))));
    List<PostingDetails.PracticeRef> built = new ArrayList<>();
    for (Long id : new TreeSet<>(p.getPracticeIds())) {
      Practice practice = byId.get(id);
      if (practice != null && practice.getState() == PracticeState.PUBLISHED) {
        built.add(new PostingDetails.PracticeRef(practice.getSlug(), practice.getTitle()));
      }
    }
    return new PostingDetails(
        p.getId(),
        path(p.getId(), p.getTitle()),
        p.getSide(),
        p.getState(),
        p.getTitle(),
        p.getBody(),
        OrganisationRef.of(owner),
        owner == null ? null : owner.actorType(),
        p.codes(Taxonomies.TARGET_GROUP),
        p.codes(Taxonomies.THEME),
        municipalities,
        county.isEmpty() ? null : county.get(0),
        List.copyOf(counties),
        p.getNeededBy(),
        p.codes(Taxonomies.ACTOR_TYPE),
        p.codes(Taxonomies.FUNDING),
        p.codes(Taxonomies.PROCUREMENT_ROUTE),
        p.getCapacity(),
        built,
        p.getExpiresOn(),
        p.getCreatedAt(),
        p.getUpdatedAt(),
        p.getVersion(),
        p.getConfirmedAt(),
        confirmBy(p),
        adoption(p.getAdoptionId()),
        p.getFindingId() == null
            ? null
            : findings
                .finding(p.getFindingId())
                .map(f -> new PostingDetails.FindingRef(f.eventSlug(), f.eventTitle()))
                .orElse(null));
  }

  /**
   * The day a current posting expires unless confirmed again; none when its expiry date comes first
   * (confirming would not keep it), nor for a closed one.
   */
  private LocalDate confirmBy(Posting p) {
    if (!p.getState().isCurrent()) {
      return null;
    }
    LocalDate deadline = period.deadlineDate(p.getConfirmedAt());
    return deadline.isBefore(p.getExpiresOn()) ? deadline : null;
  }

  private PostingDetails.PracticeRef adoption(Long adoptionId) {
    if (adoptionId == null) {
      return null;
    }
    return practiceParts
        .findAdoption(adoptionId)
        .map(a -> practices.findById(a.getPracticeId()))
        .map(pr -> new PostingDetails.PracticeRef(pr.getSlug(), pr.getTitle()))
        .orElse(null);
  }
}
