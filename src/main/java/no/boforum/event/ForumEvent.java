package no.boforum.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.TermCode;

/**
 * A forum event: its facts, where it is in its life, and the calendar's sequence. Times of the
 * event are Europe/Oslo wall-clock times, bookkeeping times UTC (see the migration V12). Seat
 * groups and registrations are rows of their own ({@link SeatGroup}, {@link Registration}).
 */
@Entity
@Table(name = "event")
public class ForumEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventState state;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventFormat format;

  /** May be read as null when every part of it is. */
  @Embedded private EventPlace place;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Embedded private EventSeating seating;

  @Embedded private RegistrationRules rules;

  @Column(name = "host_organisation_id", nullable = false)
  private Long hostOrganisationId;

  @ElementCollection
  @CollectionTable(name = "event_cohost", joinColumns = @JoinColumn(name = "event_id"))
  @Column(name = "organisation_id")
  private Set<Long> cohostOrganisationIds = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "event_term", joinColumns = @JoinColumn(name = "event_id"))
  private Set<TermCode> terms = new HashSet<>();

  @Embedded private EventContact contact;

  @ElementCollection
  @CollectionTable(name = "event_agenda_item", joinColumns = @JoinColumn(name = "event_id"))
  @OrderColumn(name = "position")
  private List<AgendaItem> agenda = new ArrayList<>();

  private boolean illustrative;

  @Column(name = "source_hash")
  private String sourceHash;

  @Column(name = "created_by")
  private Long createdBy;

  @Column(name = "calendar_sequence", nullable = false)
  private int calendarSequence;

  @Embedded private EventAfterwards afterwards = new EventAfterwards();

  @Version private long version;

  @Embedded private EventStamps stamps;

  protected ForumEvent() {}

  public ForumEvent(String slug, Long createdBy, LocalDateTime now) {
    this.slug = slug;
    this.createdBy = createdBy;
    this.state = EventState.DRAFT;
    this.stamps = EventStamps.created(now);
  }

  /**
   * Replaces the editable facts; answers true if the time or the place changed in a way registrants
   * must be told of (only after publication), and raises the calendar's sequence on any change.
   */
  public boolean update(EventData d, LocalDateTime now) {
    boolean moved =
        state == EventState.PUBLISHED
            && (!Objects.equals(startsAt, d.startsAt())
                || !Objects.equals(endsAt, d.endsAt())
                || EventPlace.of(d).differsFrom(place)
                || format != d.format());
    title = d.title();
    summary = d.summary();
    description = d.description();
    language = d.language();
    format = d.format();
    place = EventPlace.of(d);
    startsAt = d.startsAt();
    endsAt = d.endsAt();
    seating = EventSeating.of(d);
    rules = RegistrationRules.of(d.registration());
    hostOrganisationId = d.hostOrganisationId();
    cohostOrganisationIds.clear();
    cohostOrganisationIds.addAll(d.cohostOrganisationIds());
    terms.clear();
    d.themes().forEach(c -> terms.add(new TermCode(Taxonomies.THEME, c)));
    d.targetGroups().forEach(c -> terms.add(new TermCode(Taxonomies.TARGET_GROUP, c)));
    contact = EventContact.of(d.contact());
    agenda.clear();
    d.agenda().forEach(i -> agenda.add(AgendaItem.of(i)));
    illustrative = d.illustrative();
    calendarSequence++;
    stamps.changed(now, moved);
    return moved;
  }

  /** The facts as the editor and the revision see them; seat groups come from their own rows. */
  public EventData data(List<SeatGroup> groups) {
    EventPlace p = place == null ? new EventPlace() : place;
    return new EventData(
        title,
        summary,
        description,
        language,
        format,
        p.getVenueName(),
        p.getVenueAddress(),
        p.getMunicipality(),
        p.getJoinLink(),
        startsAt,
        endsAt,
        seating().getRegistrationOpensAt(),
        seating().getRegistrationClosesAt(),
        seating().getCapacity(),
        groups.stream().map(SeatGroup::data).toList(),
        seating().getSeatsReleasedAt(),
        rules == null ? EventData.Registration.DEFAULTS : rules.data(),
        hostOrganisationId,
        cohostOrganisationIds.stream().sorted().toList(),
        codes(Taxonomies.THEME),
        codes(Taxonomies.TARGET_GROUP),
        EventContact.data(contact),
        agenda.stream().map(AgendaItem::data).toList(),
        illustrative);
  }

  private List<String> codes(String taxonomy) {
    return terms.stream()
        .filter(t -> t.getTaxonomy().equals(taxonomy))
        .map(TermCode::getCode)
        .sorted()
        .toList();
  }

  /** Moves to {@code next}, stamping the time; the workflow has checked that it may. */
  void moveTo(EventState next, LocalDateTime now) {
    state = next;
    stamps.entered(next, now);
    calendarSequence++;
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public EventState getState() {
    return state;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getDescription() {
    return description;
  }

  public String getLanguage() {
    return language;
  }

  public EventFormat getFormat() {
    return format;
  }

  public String getMunicipality() {
    return place == null ? null : place.getMunicipality();
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  /** The registration window and the seats (never null). */
  public EventSeating seating() {
    return seating == null ? EventSeating.NONE : seating;
  }

  public EventData.Registration getRules() {
    return rules == null ? EventData.Registration.DEFAULTS : rules.data();
  }

  public Long getHostOrganisationId() {
    return hostOrganisationId;
  }

  public Set<Long> getCohostOrganisationIds() {
    return Set.copyOf(cohostOrganisationIds);
  }

  public Set<String> getThemes() {
    return Set.copyOf(codes(Taxonomies.THEME));
  }

  public boolean isIllustrative() {
    return illustrative;
  }

  public String getSourceHash() {
    return sourceHash;
  }

  public void setSourceHash(String sourceHash) {
    this.sourceHash = sourceHash;
  }

  /** The closing report and the reminders to write it. */
  public EventAfterwards afterwards() {
    return afterwards;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  /** When the event was made, changed, published, cancelled, closed and moved (UTC). */
  public EventStamps getStamps() {
    return stamps;
  }

  public long getVersion() {
    return version;
  }
}
