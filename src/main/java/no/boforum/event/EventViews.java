package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.event.EventDetails.AgendaItemView;
import no.boforum.event.EventDetails.PracticeLink;
import no.boforum.event.EventDetails.Questions;
import no.boforum.event.EventDetails.SeatGroupView;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationRef;
import no.boforum.identity.OrganisationService;
import no.boforum.practice.PracticeService;

/** Read models of events: the entity with its organisations and linked practices named. */
@ApplicationScoped
public class EventViews {
  @Inject OrganisationService organisations;
  @Inject PracticeService practices;
  @Inject EventRepository repository;

  public List<EventSummary> summaries(List<ForumEvent> events) {
    Set<Long> ids = new HashSet<>();
    events.forEach(e -> ids.add(e.getHostOrganisationId()));
    Map<Long, OrganisationDetails> orgs = organisations.byIds(ids);
    return events.stream()
        .map(
            e ->
                new EventSummary(
                    e.getSlug(),
                    e.getTitle(),
                    e.getSummary(),
                    e.getState(),
                    e.getFormat(),
                    offset(e.getStartsAt()),
                    offset(e.getEndsAt()),
                    e.getMunicipality(),
                    OrganisationRef.of(orgs.get(e.getHostOrganisationId())),
                    e.getThemes().stream().sorted().toList(),
                    e.isIllustrative()))
        .toList();
  }

  public EventDetails details(ForumEvent e) {
    List<SeatGroup> groups = repository.seatGroups(e.getId());
    EventData d = e.data(groups);
    Set<Long> ids = new HashSet<>(d.cohostOrganisationIds());
    ids.add(d.hostOrganisationId());
    Map<Long, OrganisationDetails> orgs = organisations.byIds(ids);
    List<OrganisationRef> cohosts =
        d.cohostOrganisationIds().stream()
            .map(orgs::get)
            .filter(o -> o != null)
            .map(OrganisationRef::of)
            .toList();
    List<AgendaItemView> agenda = new ArrayList<>();
    for (EventData.AgendaItemData i : d.agenda()) {
      agenda.add(
          new AgendaItemView(
              i.startsAt(), i.title(), i.text(), i.speakers(), links(i.practices())));
    }
    EventData.Registration r = d.registration();
    return new EventDetails(
        e.getSlug(),
        e.getState(),
        d.title(),
        d.summary(),
        d.description(),
        d.language(),
        d.format(),
        d.venueName(),
        d.venueAddress(),
        d.municipality(),
        offset(d.startsAt()),
        offset(d.endsAt()),
        offset(d.registrationOpensAt()),
        offset(d.registrationClosesAt()),
        d.totalCapacity(),
        groups.stream()
            .map(
                g ->
                    new SeatGroupView(
                        g.getId(),
                        g.getName(),
                        g.getSeats(),
                        g.getSectors().stream().sorted().toList()))
            .toList(),
        offset(d.seatsReleasedAt()),
        new Questions(r.terms(), r.askDietary(), r.askAccessibility(), r.freeQuestion()),
        OrganisationRef.of(orgs.get(d.hostOrganisationId())),
        cohosts,
        d.themes(),
        d.targetGroups(),
        d.contact(),
        agenda,
        d.illustrative(),
        utc(e.getStamps().getPublishedAt()),
        utc(e.getStamps().getCancelledAt()),
        utc(e.getStamps().getClosedAt()),
        e.getCalendarSequence(),
        e.getVersion());
  }

  /** Linked practices that are published, with their titles. */
  public List<PracticeLink> links(List<String> slugs) {
    List<PracticeLink> links = new ArrayList<>();
    for (String slug : slugs) {
      practices
          .findPublished(slug)
          .ifPresent(p -> links.add(new PracticeLink(p.slug(), p.title())));
    }
    return links;
  }

  /** An Oslo wall-clock time with its offset on that day. */
  static OffsetDateTime offset(LocalDateTime local) {
    return local == null ? null : EventTimes.zoned(local).toOffsetDateTime();
  }

  private static OffsetDateTime utc(LocalDateTime utc) {
    return utc == null ? null : utc.atOffset(java.time.ZoneOffset.UTC);
  }
}
