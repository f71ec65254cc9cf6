package no.boforum.event.web;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.boforum.event.EventData;
import no.boforum.event.EventFormat;
import no.boforum.event.web.EventFormRows.AgendaRow;
import no.boforum.event.web.EventFormRows.ContactRow;
import no.boforum.event.web.EventFormRows.SeatGroupRow;

/**
 * What the event editor holds between the page and the service, for a new event and an edit alike;
 * kept as typed when the service refuses it. Times are Oslo's wall clock, as typed. The
 * registration settings live in {@link #getRules()}, the rows in {@link EventFormRows}.
 */
public class EventForm {
  private String title;
  private String summary;
  private String description;
  private String language;
  private EventFormat format;
  private String venueName;
  private String venueAddress;
  private String municipality;
  private String joinLink;
  private LocalDateTime startsAt;
  private LocalDateTime endsAt;
  private LocalDateTime registrationOpensAt;
  private LocalDateTime registrationClosesAt;
  private Integer capacity;
  private LocalDateTime seatsReleasedAt;
  private Long host;
  private final ContactRow contact = new ContactRow();
  private List<Long> cohosts = new ArrayList<>();
  private List<String> themes = new ArrayList<>();
  private List<String> targetGroups = new ArrayList<>();
  private final List<SeatGroupRow> seatGroups = new ArrayList<>();
  private final List<AgendaRow> agenda = new ArrayList<>();
  private final EventFormRules rules = new EventFormRules();
  private boolean illustrative;

  static EventForm of(EventData d) {
    EventForm f = new EventForm();
    f.title = d.title();
    f.summary = d.summary();
    f.description = d.description();
    f.language = d.language();
    f.format = d.format();
    f.venueName = d.venueName();
    f.venueAddress = d.venueAddress();
    f.municipality = d.municipality();
    f.joinLink = d.joinLink();
    f.startsAt = d.startsAt();
    f.endsAt = d.endsAt();
    f.registrationOpensAt = d.registrationOpensAt();
    f.registrationClosesAt = d.registrationClosesAt();
    f.capacity = d.capacity();
    d.seatGroups().forEach(g -> f.seatGroups.add(SeatGroupRow.of(g)));
    f.seatsReleasedAt = d.seatsReleasedAt();
    f.rules.fill(d.registration());
    f.host = d.hostOrganisationId();
    f.cohosts = new ArrayList<>(d.cohostOrganisationIds());
    f.themes = new ArrayList<>(d.themes());
    f.targetGroups = new ArrayList<>(d.targetGroups());
    f.contact.fill(d.contact());
    d.agenda().forEach(i -> f.agenda.add(AgendaRow.of(i)));
    // Not on the form: only seed content is illustrative, and an edit keeps the mark.
    f.illustrative = d.illustrative();
    return f;
  }

  EventData toData() {
    return new EventData(
        title,
        summary,
        description,
        language,
        format,
        venueName,
        venueAddress,
        municipality,
        joinLink,
        startsAt,
        endsAt,
        registrationOpensAt,
        registrationClosesAt,
        capacity,
        seatGroups.stream().filter(g -> !g.isBlank()).map(SeatGroupRow::data).toList(),
        seatsReleasedAt,
        rules.data(),
        host,
        cohosts,
        themes,
        targetGroups,
        contact.data(),
        agenda.stream().map(AgendaRow::data).toList(),
        illustrative);
  }

  /** Makes room for as many rows as the page sent (null: keep the rows as they are). */
  void rows(Integer seatGroupRows, Integer agendaRows) {
    if (seatGroupRows != null) {
      EventFormRows.resize(seatGroups, seatGroupRows, SeatGroupRow::new);
    }
    if (agendaRows != null) {
      EventFormRows.resize(agenda, agendaRows, AgendaRow::new);
    }
  }

  public List<SeatGroupRow> getSeatGroups() {
    return seatGroups;
  }

  public List<AgendaRow> getAgenda() {
    return agenda;
  }

  /** How registration works: terms, questions, how long answers are kept, offers. */
  public EventFormRules getRules() {
    return rules;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public EventFormat getFormat() {
    return format;
  }

  public void setFormat(EventFormat format) {
    this.format = format;
  }

  public String getVenueName() {
    return venueName;
  }

  public void setVenueName(String venueName) {
    this.venueName = venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public void setVenueAddress(String venueAddress) {
    this.venueAddress = venueAddress;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getJoinLink() {
    return joinLink;
  }

  public void setJoinLink(String joinLink) {
    this.joinLink = joinLink;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public LocalDateTime getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public void setRegistrationOpensAt(LocalDateTime registrationOpensAt) {
    this.registrationOpensAt = registrationOpensAt;
  }

  public LocalDateTime getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public void setRegistrationClosesAt(LocalDateTime registrationClosesAt) {
    this.registrationClosesAt = registrationClosesAt;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public LocalDateTime getSeatsReleasedAt() {
    return seatsReleasedAt;
  }

  public void setSeatsReleasedAt(LocalDateTime seatsReleasedAt) {
    this.seatsReleasedAt = seatsReleasedAt;
  }

  public Long getHost() {
    return host;
  }

  public void setHost(Long host) {
    this.host = host;
  }

  /** The contact person's name, email and phone, as the form's rows hold them. */
  public ContactRow getContact() {
    return contact;
  }

  public List<Long> getCohosts() {
    return cohosts;
  }

  public void setCohosts(List<Long> cohosts) {
    this.cohosts = cohosts == null ? new ArrayList<>() : cohosts;
  }

  public List<String> getThemes() {
    return themes;
  }

  public void setThemes(List<String> themes) {
    this.themes = themes == null ? new ArrayList<>() : themes;
  }

  public List<String> getTargetGroups() {
    return targetGroups;
  }

  public void setTargetGroups(List<String> targetGroups) {
    this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
  }
}
