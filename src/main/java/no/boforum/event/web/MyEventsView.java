package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.event.EventService;
import no.boforum.event.EventSummary;
import no.boforum.identity.CurrentCaller;

/** {@code /my/events}: the events the caller hosts or co-hosts, drafts included. */
@Named
@RequestScoped
public class MyEventsView {
  static final int LIMIT = 200;

  @Inject EventService events;
  @Inject CurrentCaller caller;
  private List<EventSummary> hosted;

  /** The events the caller runs, latest start first. */
  public List<EventSummary> getHosted() {
    if (hosted == null) {
      hosted = events.runBy(caller.get(), LIMIT);
    }
    return hosted;
  }
}
