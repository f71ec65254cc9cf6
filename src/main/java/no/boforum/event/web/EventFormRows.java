package no.boforum.event.web;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.boforum.event.EventData;
import no.boforum.event.EventData.AgendaItemData;
import no.boforum.event.EventData.SeatGroupData;

/**
 * The rows of the event editor that the host adds and removes: seat groups and agenda items. The
 * page says how many rows it sent (hidden fields), so that a request-scoped form has room for every
 * row before the submitted values are applied.
 */
public final class EventFormRows {
  private EventFormRows() {}

  /** A seat group as the form edits it. */
  public static class SeatGroupRow {
    private String name;
    private Integer seats;
    private List<String> sectors = new ArrayList<>();

    static SeatGroupRow of(SeatGroupData g) {
      SeatGroupRow row = new SeatGroupRow();
      row.name = g.name();
      row.seats = g.seats();
      row.sectors = new ArrayList<>(g.sectors());
      return row;
    }

    boolean isBlank() {
      return (name == null || name.isBlank()) && seats == null && sectors.isEmpty();
    }

    SeatGroupData data() {
      return new SeatGroupData(name, seats == null ? 0 : seats, sectors);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Integer getSeats() {
      return seats;
    }

    public void setSeats(Integer seats) {
      this.seats = seats;
    }

    public List<String> getSectors() {
      return sectors;
    }

    public void setSectors(List<String> sectors) {
      this.sectors = sectors == null ? new ArrayList<>() : sectors;
    }
  }

  /** An agenda item as the form edits it; its practices as slugs separated by commas. */
  public static class AgendaRow {
    private LocalTime startsAt;
    private String title;
    private String text;
    private String speakers;
    private String practices;

    static AgendaRow of(AgendaItemData i) {
      AgendaRow row = new AgendaRow();
      row.startsAt = i.startsAt();
      row.title = i.title();
      row.text = i.text();
      row.speakers = i.speakers();
      row.practices = i.practices().isEmpty() ? null : String.join(", ", i.practices());
      return row;
    }

    AgendaItemData data() {
      List<String> slugs =
          practices == null
              ? List.of()
              : Arrays.stream(practices.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
      return new AgendaItemData(startsAt, title, text, speakers, slugs);
    }

    public LocalTime getStartsAt() {
      return startsAt;
    }

    public void setStartsAt(LocalTime startsAt) {
      this.startsAt = startsAt;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getSpeakers() {
      return speakers;
    }

    public void setSpeakers(String speakers) {
      this.speakers = speakers;
    }

    public String getPractices() {
      return practices;
    }

    public void setPractices(String practices) {
      this.practices = practices;
    }
  }

  /** Makes {@code rows} {@code size} long: empty rows added at the end, or the last ones cut. */
  static <T> void resize(List<T> rows, int size, java.util.function.Supplier<T> empty) {
    while (rows.size() > size) {
      rows.remove(rows.size() - 1);
    }
    while (rows.size() < size) {
      rows.add(empty.get());
    }
  }

  /** The contact person, three fields of the form. */
  public static class ContactRow {
    private String name;
    private String email;
    private String phone;

    void fill(EventData.Contact c) {
      name = c.name();
      email = c.email();
      phone = c.phone();
    }

    EventData.Contact data() {
      return new EventData.Contact(name, email, phone);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getPhone() {
      return phone;
    }

    public void setPhone(String phone) {
      this.phone = phone;
    }
  }
}
