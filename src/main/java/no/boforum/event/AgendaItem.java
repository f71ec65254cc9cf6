package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import no.boforum.event.EventData.AgendaItemData;

/** An item of an event's agenda, kept in order; practices linked by slug, space-separated. */
@Embeddable
public class AgendaItem {
  @Column(name = "starts_at")
  private LocalTime startsAt;

  @Column(nullable = false)
  private String title;

  private String text;

  private String speakers;

  private String practices;

  protected AgendaItem() {}

  static AgendaItem of(AgendaItemData d) {
    AgendaItem i = new AgendaItem();
    i.startsAt = d.startsAt();
    i.title = d.title();
    i.text = d.text();
    i.speakers = d.speakers();
    i.practices = d.practices().isEmpty() ? null : String.join(" ", d.practices());
    return i;
  }

  AgendaItemData data() {
    List<String> slugs =
        practices == null || practices.isBlank() ? List.of() : Arrays.asList(practices.split(" "));
    return new AgendaItemData(startsAt, title, text, speakers, slugs);
  }
}
