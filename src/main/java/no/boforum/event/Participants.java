package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.ProfileService;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.text.SpreadsheetText;
import no.boforum.platform.text.TextFields;
import no.boforum.taxonomy.Taxonomies;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The hosts' tools: the participants with their names and answers, the list as CSV, check-in on the
 * day, a message to everyone or one seat group, and mixed table groups. Every use case asks that
 * the caller runs the event.
 */
@ApplicationScoped
public class Participants {
  static final int MAX_SUBJECT = 200;
  static final int MAX_MESSAGE = 5_000;

  @Inject EventRepository events;
  @Inject RegistrationRepository registrations;
  @Inject EventAccess access;
  @Inject ProfileService profiles;
  @Inject OrganisationService organisations;
  @Inject Taxonomies taxonomies;
  @Inject MailOutbox mail;
  Clock clock = Clock.systemUTC();

  /** Everyone registered and waiting, in order of arrival (hosts only). */
  @Transactional
  public List<Participant> list(String slug) {
    ForumEvent e = managed(slug);
    return list(e, registrations.active(e.getId()));
  }

  private List<Participant> list(ForumEvent e, List<Registration> regs) {
    Set<Long> users = new HashSet<>();
    Set<Long> orgs = new HashSet<>();
    regs.forEach(
        r -> {
          if (r.getUserId() != null) {
            users.add(r.getUserId());
          }
          if (r.getOrganisationId() != null) {
            orgs.add(r.getOrganisationId());
          }
        });
    Map<Long, String> names = profiles.displayNames(users);
    Map<Long, OrganisationDetails> orgNames = organisations.byIds(orgs);
    Map<Long, String> groups = new java.util.HashMap<>();
    events.seatGroups(e.getId()).forEach(g -> groups.put(g.getId(), g.getName()));
    List<Participant> list = new ArrayList<>();
    for (Registration r : regs) {
      OrganisationDetails o =
          r.getOrganisationId() == null ? null : orgNames.get(r.getOrganisationId());
      list.add(
          new Participant(
              r.getId(),
              r.getUserId() == null ? "" : names.getOrDefault(r.getUserId(), ""),
              o == null ? null : o.name(),
              r.getRegisteredAs(),
              r.getSector(),
              r.getStatus(),
              r.getSeatGroupId() == null ? null : groups.get(r.getSeatGroupId()),
              r.getCode(),
              r.getQueuedAt().atOffset(ZoneOffset.UTC),
              r.getCheckedInAt() == null ? null : r.getCheckedInAt().atOffset(ZoneOffset.UTC),
              r.getTableGroup(),
              r.getAnswers()));
    }
    return list;
  }

  /**
   * The participants as CSV for a spreadsheet: a byte-order mark and semicolons, so that Excel set
   * to Norwegian opens it with æøå and columns intact; headers and labels in {@code locale}.
   */
  @Transactional
  public String csv(String slug, Locale locale) {
    List<Participant> list = list(slug);
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    CSVFormat format =
        CSVFormat.EXCEL
            .builder()
            .setDelimiter(';')
            .setHeader(
                List.of(
                        "name",
                        "organisation",
                        "sector",
                        "status",
                        "seatGroup",
                        "code",
                        "registeredAt",
                        "checkedInAt",
                        "tableGroup",
                        "dietaryNeeds",
                        "accessibilityNeeds",
                        "freeAnswer")
                    .stream()
                    .map(h -> Messages.format(locale, "event.participants.column." + h))
                    .toArray(String[]::new))
            .get();
    DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    try (CSVPrinter csv = new CSVPrinter(out, format)) {
      for (Participant p : list) {
        csv.printRecord(
            cells(
                p.name(),
                p.organisation(),
                sectorLabel(p.sector(), locale),
                Messages.format(locale, "event.registration.status." + p.status().name()),
                p.seatGroup(),
                p.code(),
                p.registeredAt().atZoneSameInstant(EventTimes.ZONE).format(time),
                p.checkedInAt() == null
                    ? null
                    : p.checkedInAt().atZoneSameInstant(EventTimes.ZONE).format(time),
                p.tableGroup(),
                p.answers().dietaryNeeds(),
                p.answers().accessibilityNeeds(),
                p.answers().freeAnswer()));
      }
    } catch (IOException e) {
      throw new IllegalStateException("Writing CSV to a string failed", e);
    }
    return out.toString();
  }

  /**
   * The cells as a spreadsheet may read them safely: text that begins like a formula (=, +, -, @, a
   * tab or a return) gets an apostrophe first, so that a name such as {@code =HYPERLINK(...)} typed
   * at registration is shown as text and never run (CSV injection).
   */
  static Object[] cells(Object... values) {
    Object[] safe = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      safe[i] = values[i] instanceof String s ? SpreadsheetText.safe(s) : values[i];
    }
    return safe;
  }

  /** A sector's name: an actor type from the taxonomy, or one of people on their own. */
  public String sectorLabel(String sector, Locale locale) {
    if (Sectors.OWN.contains(sector)) {
      return Messages.format(locale, "event.sector." + sector);
    }
    return taxonomies.label(Taxonomies.ACTOR_TYPE, sector, locale.getLanguage());
  }

  /**
   * Checks in the person with this code (as typed: any case, spaces and dashes ignored) or this
   * registration id; answers who it was. Only someone with a seat is checked in.
   */
  @Transactional
  public Participant checkIn(String slug, String code, Long registrationId) {
    ForumEvent e = managedLocked(slug);
    Registration r;
    if (registrationId != null) {
      r =
          registrations
              .findById(registrationId)
              .filter(x -> x.getEventId().equals(e.getId()))
              .orElseThrow(() -> new InputProblem("code", "event.checkIn.unknown"));
    } else {
      String wanted = RegistrationCodes.normalise(code);
      r =
          registrations.active(e.getId()).stream()
              .filter(x -> x.getCode().equals(wanted))
              .findFirst()
              .orElseThrow(() -> new InputProblem("code", "event.checkIn.unknown"));
    }
    if (r.getStatus() != RegistrationStatus.CONFIRMED) {
      throw new Conflict("event.checkIn.noSeat");
    }
    if (r.getCheckedInAt() == null) {
      r.checkIn(LocalDateTime.now(clock));
    }
    return list(e, List.of(r)).get(0);
  }

  /** How many have checked in. */
  @Transactional
  public long present(String slug) {
    ForumEvent e = managed(slug);
    return registrations.active(e.getId()).stream().filter(r -> r.getCheckedInAt() != null).count();
  }

  /**
   * Mails a message from the hosts to everyone with a seat, or to one seat group's; answers how
   * many it went to. The hosts' text is sent as plain text, as typed.
   */
  @Transactional
  public int message(String slug, Long seatGroupId, String subject, String body) {
    ForumEvent e = managed(slug);
    // One line: a header must not carry a line break that ends it.
    String s =
        TextFields.required("event", "subject", subject, MAX_SUBJECT).replaceAll("[\\r\\n]+", " ");
    String b = TextFields.required("event", "body", body, MAX_MESSAGE);
    int sent = 0;
    for (Registration r : registrations.active(e.getId())) {
      if (!r.getStatus().holdsSeat()
          || seatGroupId != null && !seatGroupId.equals(r.getSeatGroupId())) {
        continue;
      }
      // A registration kept without its person (a deleted account) has nobody to write to.
      var to = r.getUserId() == null ? Optional.<Contact>empty() : profiles.contact(r.getUserId());
      if (to.isPresent()) {
        Locale locale = Messages.locale(to.get().language());
        mail.queue(
            to.get().email(),
            s,
            Messages.format(locale, "event.message.body", to.get().name(), e.getTitle(), b));
        sent++;
      }
    }
    return sent;
  }

  /**
   * Splits the participants (with a seat, or only those checked in) into mixed table groups of
   * about {@code size}; everyone else loses their group. Answers the groups made.
   */
  @Transactional
  public int seatTables(String slug, int size, boolean checkedInOnly) {
    if (size < 2 || size > 50) {
      throw new InputProblem("size", "event.tables.sizeRange");
    }
    ForumEvent e = managedLocked(slug);
    List<Registration> seated = new ArrayList<>();
    for (Registration r : registrations.active(e.getId())) {
      boolean in =
          r.getStatus() == RegistrationStatus.CONFIRMED
              && (!checkedInOnly || r.getCheckedInAt() != null);
      if (in) {
        seated.add(r);
      } else {
        r.seatAtTable(null);
      }
    }
    Map<Long, Integer> tables =
        TableGroups.split(
            seated.stream()
                .map(r -> new TableGroups.Person(r.getId(), r.getSector(), r.getOrganisationId()))
                .toList(),
            size);
    seated.forEach(r -> r.seatAtTable(tables.get(r.getId())));
    return (int) tables.values().stream().distinct().count();
  }

  /** As {@link #managed}, with the event's row locked: a write to its registrations. */
  private ForumEvent managedLocked(String slug) {
    ForumEvent e = events.lockBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    access.requireManage(e);
    return e;
  }

  private ForumEvent managed(String slug) {
    ForumEvent e = events.findBySlug(slug).orElseThrow(() -> new UnknownEventException(slug));
    access.requireManage(e);
    return e;
  }
}
