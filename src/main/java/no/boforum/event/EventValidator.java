package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.boforum.event.EventData.AgendaItemData;
import no.boforum.event.EventData.Contact;
import no.boforum.event.EventData.Registration;
import no.boforum.event.EventData.SeatGroupData;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.EmailAddresses;
import no.boforum.platform.text.TextFields;
import no.boforum.platform.text.WebAddresses;
import no.boforum.practice.PracticeService;
import no.boforum.taxonomy.Taxonomies;

/**
 * Checks an event's facts against the rules and the taxonomies and tidies them. The first problem
 * is thrown as an {@link InputProblem} naming the field, so that the form keeps what was typed.
 */
@ApplicationScoped
public class EventValidator {
  public static final int MAX_TITLE = 200;
  public static final int MAX_SUMMARY = 300;
  public static final int MAX_TEXT = 100_000;
  public static final int MAX_CAPACITY = 10_000;
  public static final int MAX_SEAT_GROUPS = 10;
  public static final int MAX_AGENDA = 50;

  /** The most co-hosting organisations of an event. */
  public static final int MAX_COHOSTS = 20;

  /** The most codes in each taxonomy list (themes, target groups). */
  public static final int MAX_CODES = 50;

  static final Set<String> LANGUAGES = Set.of("nb", "nn", "en");
  static final Duration LONGEST = Duration.ofDays(14);

  @Inject Taxonomies taxonomies;
  @Inject OrganisationService organisations;
  @Inject PracticeService practices;

  public EventData validate(EventData d) {
    return validate(d, true);
  }

  /**
   * Seed content may leave the venue and its municipality unknown where the sources do not say
   * where a past forum was held.
   */
  public EventData validateImported(EventData d) {
    return validate(d, false);
  }

  private EventData validate(EventData d, boolean placeRequired) {
    String title = required("title", d.title(), MAX_TITLE);
    String summary = required("summary", d.summary(), MAX_SUMMARY);
    String description = required("description", d.description(), MAX_TEXT);
    if (d.language() == null || !LANGUAGES.contains(d.language())) {
      throw new InputProblem("language", "event.languageRequired");
    }
    if (d.format() == null) {
      throw new InputProblem("format", "event.formatRequired");
    }
    String venueName = optional("venueName", d.venueName(), 200);
    String venueAddress = optional("venueAddress", d.venueAddress(), 300);
    String municipality = optional("municipality", d.municipality(), 4);
    if (d.format().hasVenue() && placeRequired) {
      if (venueName == null) {
        throw new InputProblem("venueName", "event.venueRequired");
      }
      if (municipality == null) {
        throw new InputProblem("municipality", "event.municipalityRequired");
      }
    }
    if (municipality != null && !taxonomies.exists(Taxonomies.MUNICIPALITY, municipality)) {
      throw new InputProblem("municipality", "event.codeUnknown", municipality);
    }
    String joinLink = optional("joinLink", d.joinLink(), 500);
    if (joinLink != null && !d.format().hasJoinLink()) {
      joinLink = null;
    }
    if (joinLink != null && !WebAddresses.isWebAddress(joinLink)) {
      throw new InputProblem("joinLink", "event.linkInvalid", joinLink);
    }
    times(d);
    List<SeatGroupData> groups = seatGroups(d.seatGroups());
    Integer capacity = groups.isEmpty() ? capacity(d.capacity()) : null;
    if (d.hostOrganisationId() == null || organisations.find(d.hostOrganisationId()).isEmpty()) {
      throw new InputProblem("host", "event.hostRequired");
    }
    List<Long> cohosts = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(d.cohostOrganisationIds())) {
      if (id == null || organisations.find(id).isEmpty()) {
        throw new InputProblem("cohosts", "event.organisationUnknown", String.valueOf(id));
      }
      if (!id.equals(d.hostOrganisationId())) {
        cohosts.add(id);
      }
    }
    return new EventData(
        title,
        summary,
        description,
        d.language(),
        d.format(),
        d.format().hasVenue() ? venueName : null,
        d.format().hasVenue() ? venueAddress : null,
        municipality,
        joinLink,
        d.startsAt(),
        d.endsAt(),
        d.registrationOpensAt(),
        d.registrationClosesAt(),
        capacity,
        groups,
        groups.isEmpty() ? null : d.seatsReleasedAt(),
        registration(d.registration()),
        d.hostOrganisationId(),
        cohosts,
        codes("themes", Taxonomies.THEME, d.themes()),
        codes("targetGroups", Taxonomies.TARGET_GROUP, d.targetGroups()),
        contact(d.contact()),
        agenda(d.agenda()),
        d.illustrative());
  }

  private static void times(EventData d) {
    if (d.startsAt() == null) {
      throw new InputProblem("startsAt", "event.startRequired");
    }
    if (d.endsAt() == null) {
      throw new InputProblem("endsAt", "event.endRequired");
    }
    if (!d.endsAt().isAfter(d.startsAt())) {
      throw new InputProblem("endsAt", "event.endBeforeStart");
    }
    if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
      throw new InputProblem("endsAt", "event.tooLongEvent", LONGEST.toDays());
    }
    if (d.registrationOpensAt() != null
        && d.registrationClosesAt() != null
        && !d.registrationClosesAt().isAfter(d.registrationOpensAt())) {
      throw new InputProblem("registrationClosesAt", "event.closesBeforeOpens");
    }
    if (d.registrationClosesAt() != null && d.registrationClosesAt().isAfter(d.endsAt())) {
      throw new InputProblem("registrationClosesAt", "event.closesAfterEnd");
    }
    if (d.seatsReleasedAt() != null && d.seatsReleasedAt().isAfter(d.startsAt())) {
      throw new InputProblem("seatsReleasedAt", "event.releaseAfterStart");
    }
  }

  private static Integer capacity(Integer capacity) {
    if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
      throw new InputProblem("capacity", "event.capacityRange", MAX_CAPACITY);
    }
    return capacity;
  }

  private List<SeatGroupData> seatGroups(List<SeatGroupData> groups) {
    if (groups.size() > MAX_SEAT_GROUPS) {
      throw new InputProblem("seatGroups", "event.tooManySeatGroups", MAX_SEAT_GROUPS);
    }
    Set<String> taken = new HashSet<>();
    List<SeatGroupData> tidy = new ArrayList<>();
    for (SeatGroupData g : groups) {
      String name = required("seatGroups", g.name(), 100);
      if (g.seats() < 1 || g.seats() > MAX_CAPACITY) {
        throw new InputProblem("seatGroups", "event.capacityRange", MAX_CAPACITY);
      }
      if (g.sectors().isEmpty()) {
        throw new InputProblem("seatGroups", "event.seatGroupSectorsRequired", name);
      }
      for (String sector : g.sectors()) {
        if (!isSector(sector)) {
          throw new InputProblem("seatGroups", "event.codeUnknown", String.valueOf(sector));
        }
        if (!taken.add(sector)) {
          throw new InputProblem("seatGroups", "event.sectorInTwoGroups", sector);
        }
      }
      tidy.add(new SeatGroupData(name, g.seats(), List.copyOf(new LinkedHashSet<>(g.sectors()))));
    }
    if (tidy.stream().mapToInt(SeatGroupData::seats).sum() > MAX_CAPACITY) {
      throw new InputProblem("seatGroups", "event.capacityRange", MAX_CAPACITY);
    }
    return tidy;
  }

  /** An actor type of the taxonomy, or one of the sectors of people on their own. */
  public boolean isSector(String code) {
    return code != null
        && (Sectors.OWN.contains(code) || taxonomies.exists(Taxonomies.ACTOR_TYPE, code));
  }

  private static Registration registration(Registration r) {
    String terms = optional("terms", r.terms(), 5_000);
    String question = optional("freeQuestion", r.freeQuestion(), 300);
    if (r.answersKeptDays() < 1 || r.answersKeptDays() > 365) {
      throw new InputProblem("answersKeptDays", "event.answersKeptRange");
    }
    if (r.offerWindowHours() < 0 || r.offerWindowHours() > 24 * 30) {
      throw new InputProblem("offerWindowHours", "event.offerWindowRange");
    }
    if (r.offerHours() < 1 || r.offerHours() > 24 * 7) {
      throw new InputProblem("offerHours", "event.offerHoursRange");
    }
    return new Registration(
        terms,
        r.askDietary(),
        r.askAccessibility(),
        question,
        r.answersKeptDays(),
        r.offerWindowHours(),
        r.offerHours());
  }

  private List<String> codes(String field, String taxonomy, List<String> codes) {
    Set<String> unique = new LinkedHashSet<>();
    for (String code : codes) {
      if (code == null || !taxonomies.exists(taxonomy, code)) {
        throw new InputProblem(field, "event.codeUnknown", String.valueOf(code));
      }
      unique.add(code);
    }
    return List.copyOf(unique);
  }

  private static Contact contact(Contact c) {
    String email = optional("contactEmail", c.email(), EmailAddresses.MAX);
    if (email != null) {
      try {
        email = EmailAddresses.require(email);
      } catch (InputProblem e) {
        throw new InputProblem("contactEmail", "event.contactEmailInvalid");
      }
    }
    return new Contact(
        optional("contactName", c.name(), 120), email, optional("contactPhone", c.phone(), 40));
  }

  private List<AgendaItemData> agenda(List<AgendaItemData> items) {
    if (items.size() > MAX_AGENDA) {
      throw new InputProblem("agenda", "event.tooManyAgendaItems", MAX_AGENDA);
    }
    List<AgendaItemData> tidy = new ArrayList<>();
    for (AgendaItemData i : items) {
      String title = optional("agenda", i.title(), 200);
      if (title == null) {
        if (i.text() == null || i.text().isBlank()) {
          continue;
        }
        throw new InputProblem("agenda", "event.agendaTitleRequired");
      }
      List<String> linked = new ArrayList<>();
      for (String slug : new LinkedHashSet<>(i.practices())) {
        if (slug == null || slug.isBlank()) {
          continue;
        }
        if (practices.findPublished(slug.strip()).isEmpty()) {
          throw new InputProblem("agenda", "event.practiceUnknown", slug);
        }
        linked.add(slug.strip());
      }
      tidy.add(
          new AgendaItemData(
              i.startsAt(),
              title,
              optional("agenda", i.text(), 5_000),
              optional("agenda", i.speakers(), 300),
              linked));
    }
    return tidy;
  }

  private static String required(String field, String value, int max) {
    return TextFields.required("event", field, value, max);
  }

  private static String optional(String field, String value, int max) {
    return TextFields.optional("event", field, value, max);
  }
}
