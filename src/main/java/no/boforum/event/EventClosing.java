package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.event.ClosingReport.FindingView;
import no.boforum.identity.OrganisationRef;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.TextFields;
import no.boforum.practice.PracticeService;

/**
 * Closing a forum after it took place: the host's report and findings, and what anyone may read of
 * it afterwards (how many came, which organisations and sectors, the findings with their
 * practices). Findings can be corrected after closing.
 */
@ApplicationScoped
public class EventClosing {
  public static final int MAX_FINDINGS = 30;
  public static final int MAX_FINDING = 2_000;
  public static final int MAX_REPORT = 20_000;
  public static final int MAX_LINKED = 10;

  @PersistenceContext EntityManager em;
  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject EventAccess access;
  @Inject EventChanges changes;
  @Inject EventViews views;
  @Inject OrganisationService organisations;
  @Inject PracticeService practices;
  Clock clock = Clock.systemUTC();

  /** Closes a published event that is over, with the host's report and findings. */
  @Transactional
  public void close(String slug, String report, List<FindingData> findings) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    access.requireManage(e);
    if (e.getState() != EventState.PUBLISHED && e.getState() != EventState.CLOSED) {
      throw new Conflict("event.transitionImpossible");
    }
    if (e.getEndsAt().isAfter(EventTimes.now(clock))) {
      throw new Conflict("event.notOverYet");
    }
    record(e, report, findings);
    // Closed here: a seed file no longer decides this event.
    e.setSourceHash(null);
    changes.announce(e.getSlug());
  }

  /**
   * Writes the report and the findings (replacing earlier ones) and closes the event if it is not
   * yet. It asks nobody's rights and not whether the event is over: {@link #close} checks the host,
   * {@link EventImport} trusts its content files. The caller announces the change.
   */
  void record(ForumEvent e, String report, List<FindingData> findings) {
    String text = TextFields.optional("event", "report", report, MAX_REPORT);
    List<FindingData> valid = validate(findings);
    em.createQuery("DELETE FROM Finding f WHERE f.eventId = :e")
        .setParameter("e", e.getId())
        .executeUpdate();
    for (int i = 0; i < valid.size(); i++) {
      FindingData f = valid.get(i);
      em.persist(new Finding(e.getId(), i, f.kind(), f.text(), f.practices()));
    }
    e.afterwards().setReport(text);
    if (e.getState() != EventState.CLOSED) {
      e.moveTo(EventState.CLOSED, LocalDateTime.now(clock));
    }
    em.flush();
  }

  private List<FindingData> validate(List<FindingData> findings) {
    List<FindingData> valid = new ArrayList<>();
    for (FindingData f : findings == null ? List.<FindingData>of() : findings) {
      String text = TextFields.optional("event", "findings", f.text(), MAX_FINDING);
      if (text == null) {
        continue;
      }
      if (f.kind() == null) {
        throw new InputProblem("findings", "event.findingKindRequired");
      }
      Set<String> linked = new LinkedHashSet<>();
      for (String slug : f.practices()) {
        if (slug == null || slug.isBlank()) {
          continue;
        }
        if (practices.findPublished(slug.strip()).isEmpty()) {
          throw new InputProblem("findings", "event.practiceUnknown", slug);
        }
        linked.add(slug.strip());
      }
      if (linked.size() > MAX_LINKED) {
        throw new InputProblem("findings", "event.tooManyLinked", MAX_LINKED);
      }
      valid.add(new FindingData(f.kind(), text, List.copyOf(linked)));
    }
    if (valid.size() > MAX_FINDINGS) {
      throw new InputProblem("findings", "event.tooManyFindings", MAX_FINDINGS);
    }
    return valid;
  }

  /** The closed event's report as anyone may read it; empty unless the event is closed. */
  @Transactional
  public Optional<ClosingReport> report(String slug) {
    return events.findBySlug(slug).filter(e -> e.getState() == EventState.CLOSED).map(this::report);
  }

  private ClosingReport report(ForumEvent e) {
    List<Registration> present =
        registrations.active(e.getId()).stream().filter(r -> r.getCheckedInAt() != null).toList();
    Set<Long> orgIds = new LinkedHashSet<>();
    Map<String, Long> sectors = new LinkedHashMap<>();
    for (Registration r : present) {
      if (r.getOrganisationId() != null) {
        orgIds.add(r.getOrganisationId());
      }
      sectors.merge(r.getSector(), 1L, Long::sum);
    }
    List<OrganisationRef> orgs =
        organisations.byIds(orgIds).values().stream()
            .map(OrganisationRef::of)
            .sorted(java.util.Comparator.comparing(OrganisationRef::name))
            .toList();
    return new ClosingReport(
        present.size(),
        orgs,
        sectors.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .map(en -> new SectorMix.SectorCount(en.getKey(), en.getValue()))
            .toList(),
        e.afterwards().getReport(),
        findings(e.getId()).stream()
            .map(
                f ->
                    new FindingView(
                        f.getId(), f.getKind(), f.getText(), views.links(f.getPractices())))
            .toList());
  }

  public List<Finding> findings(long eventId) {
    return em.createQuery(
            "SELECT f FROM Finding f WHERE f.eventId = :e ORDER BY f.position", Finding.class)
        .setParameter("e", eventId)
        .getResultList();
  }

  /** A finding of a closed forum, as other features start from it; empty for any other. */
  @Transactional
  public Optional<FindingSource> finding(long findingId) {
    Finding f = em.find(Finding.class, findingId);
    if (f == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(events.find(f.getEventId()))
        .filter(e -> e.getState() == EventState.CLOSED)
        .map(
            e ->
                new FindingSource(
                    f.getId(),
                    f.getKind(),
                    f.getText(),
                    e.getSlug(),
                    e.getTitle(),
                    List.copyOf(new TreeSet<>(e.getThemes()))));
  }

  /** The organisations present at a closed event (checked in): who may act on its findings. */
  @Transactional
  public Set<Long> organisationsPresent(long eventId) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Registration r : registrations.active(eventId)) {
      if (r.getCheckedInAt() != null && r.getOrganisationId() != null) {
        ids.add(r.getOrganisationId());
      }
    }
    return ids;
  }
}
