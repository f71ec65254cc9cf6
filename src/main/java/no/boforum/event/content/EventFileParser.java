package no.boforum.event.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.boforum.content.ContentFormatException;
import no.boforum.content.FrontMatterDocument;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.event.EventData;
import no.boforum.event.EventData.AgendaItemData;
import no.boforum.event.EventData.SeatGroupData;
import no.boforum.event.EventFormat;
import no.boforum.event.EventImport;
import no.boforum.event.EventState;
import no.boforum.event.FindingKind;

/**
 * Turns the text of an event file into an event to import, or says what is wrong with its form,
 * naming the key. The rules on the facts themselves (lengths, codes, times) are the event
 * validator's, applied at import.
 */
public class EventFileParser {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final int MAX_SLUG = 120;
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final List<String> LANGUAGES = List.of("nb", "nn", "en");
  private static final List<String> STATES = List.of("published", "closed");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  EventFile parse(String text) throws ContentFormatException {
    FrontMatterDocument doc = FrontMatterDocument.split(text);
    EventFrontMatter fm = read(doc.frontMatter());
    String slug = present("slug", fm.slug());
    if (!SLUG.matcher(slug).matches() || slug.length() > MAX_SLUG) {
      throw new ContentFormatException(
          "slug '" + slug + "' may hold only a-z, 0-9 and single hyphens, at most 120");
    }
    if (!LANGUAGES.contains(fm.language())) {
      throw new ContentFormatException(
          "language '" + fm.language() + "' is not one of " + LANGUAGES);
    }
    if (fm.municipality() != null && !MUNICIPALITY.matcher(fm.municipality()).matches()) {
      throw new ContentFormatException(
          "municipality '" + fm.municipality() + "' must be a 4-digit code in quotes, as \"4601\"");
    }
    if (fm.capacity() != null && fm.seatGroups() != null && !fm.seatGroups().isEmpty()) {
      throw new ContentFormatException("give capacity or seat_groups, not both");
    }
    String stateCode = present("state", fm.state()).toLowerCase(Locale.ROOT);
    if (!STATES.contains(stateCode)) {
      throw new ContentFormatException("state '" + fm.state() + "' is not one of " + STATES);
    }
    EventState state = EventState.valueOf(stateCode.toUpperCase(Locale.ROOT));
    boolean hasFindings = fm.findings() != null && !fm.findings().isEmpty();
    if (state != EventState.CLOSED && (fm.report() != null || hasFindings)) {
      throw new ContentFormatException("report and findings belong to an event with state: closed");
    }
    EventData data =
        new EventData(
            fm.title(),
            fm.summary(),
            doc.body(),
            fm.language(),
            parse(EventFormat.class, "format", fm.format()),
            fm.venueName(),
            fm.venueAddress(),
            fm.municipality(),
            fm.joinLink(),
            fm.starts(),
            fm.ends(),
            fm.registrationOpens(),
            fm.registrationCloses(),
            fm.capacity(),
            seatGroups(fm.seatGroups()),
            fm.seatsReleased(),
            null,
            null,
            List.of(),
            fm.themes(),
            fm.targetGroups(),
            fm.contact() == null
                ? null
                : new EventData.Contact(
                    fm.contact().name(), fm.contact().email(), fm.contact().phone()),
            agenda(fm.agenda()),
            Boolean.TRUE.equals(fm.illustrative()));
    return new EventFile(
        new EventImport.Seed(slug, data, state, fm.report(), findings(fm.findings())),
        present("host", fm.host()),
        fm.cohosts() == null ? List.of() : fm.cohosts().stream().map(String::strip).toList());
  }

  private static String present(String key, String value) throws ContentFormatException {
    if (value == null || value.isBlank()) {
      throw new ContentFormatException(key + " is missing");
    }
    return value.strip();
  }

  private EventFrontMatter read(String frontMatter) throws ContentFormatException {
    EventFrontMatter fm;
    try {
      fm = yaml.readValue(frontMatter, EventFrontMatter.class);
    } catch (JacksonException e) {
      throw new ContentFormatException(
          "the front matter is not valid" + at(e) + ": " + e.getOriginalMessage(), e);
    }
    if (fm == null) {
      throw new ContentFormatException("the front matter is empty");
    }
    return fm;
  }

  /** Where in the front matter Jackson stumbled, as " at agenda[1].time", or nothing. */
  private static String at(JacksonException e) {
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : m.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return " at " + path;
  }

  private static List<SeatGroupData> seatGroups(List<EventFrontMatter.SeatGroup> groups)
      throws ContentFormatException {
    List<SeatGroupData> list = new ArrayList<>();
    for (EventFrontMatter.SeatGroup g :
        groups == null ? List.<EventFrontMatter.SeatGroup>of() : groups) {
      if (g.seats() == null) {
        throw new ContentFormatException("seat_groups seats is missing for '" + g.name() + "'");
      }
      list.add(new SeatGroupData(g.name(), g.seats(), g.sectors()));
    }
    return list;
  }

  private static List<AgendaItemData> agenda(List<EventFrontMatter.AgendaItem> items)
      throws ContentFormatException {
    List<AgendaItemData> agenda = new ArrayList<>();
    for (EventFrontMatter.AgendaItem i :
        items == null ? List.<EventFrontMatter.AgendaItem>of() : items) {
      agenda.add(
          new AgendaItemData(time(i.time()), i.title(), i.text(), i.speakers(), i.practices()));
    }
    return agenda;
  }

  private static LocalTime time(String time) throws ContentFormatException {
    if (time == null || time.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(time.strip(), TIME);
    } catch (DateTimeParseException e) {
      throw new ContentFormatException(
          "agenda time '" + time + "' is not a time of day such as \"09:30\"");
    }
  }

  private static List<FindingData> findings(List<EventFrontMatter.Finding> findings)
      throws ContentFormatException {
    List<FindingData> list = new ArrayList<>();
    for (EventFrontMatter.Finding f :
        findings == null ? List.<EventFrontMatter.Finding>of() : findings) {
      list.add(
          new FindingData(
              parse(FindingKind.class, "findings kind", f.kind()), f.text(), f.practices()));
    }
    return list;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String key, String value)
      throws ContentFormatException {
    try {
      return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ContentFormatException(
          key
              + " '"
              + value
              + "' is not one of "
              + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT));
    }
  }
}
