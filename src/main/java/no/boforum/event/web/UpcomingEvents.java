package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.event.EventFilter;
import no.boforum.event.EventService;
import no.boforum.event.EventSummary;

/**
 * The next events that will take place (none cancelled), for the home page ({@code
 * WEB-INF/includes/upcoming-events.xhtml}): a public view helper of the events feature that the
 * shell's front page includes.
 */
@Named
@RequestScoped
public class UpcomingEvents {
  static final int NEXT = 3;

  @Inject EventService events;
  private List<EventSummary> items;

  public List<EventSummary> getItems() {
    if (items == null) {
      items = events.list(EventFilter.NEXT, 0, NEXT);
    }
    return items;
  }
}
