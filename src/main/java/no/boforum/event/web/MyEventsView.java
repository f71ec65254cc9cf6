package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.event.EventService;
import no.boforum.event.EventSummary;
import no.boforum.event.MyRegistration;
import no.boforum.identity.CurrentCaller;

/**
 * {@code /my/events}: the events the caller hosts or co-hosts (drafts included), and those they are
 * registered or waiting for.
 */
@Named
@RequestScoped
public class MyEventsView {
  static final int LIMIT = 200;

  @Inject EventService events;
  @Inject CurrentCaller caller;
  @Inject no.boforum.event.RegistrationViews registrations;
  private List<EventSummary> hosted;
  private List<MyRegistration> registered;

  /** The events the caller is registered or waiting for, soonest first. */
  public List<MyRegistration> getRegistered() {
    if (registered == null) {
      registered = registrations.ofUser(caller.get().userId());
    }
    return registered;
  }

  /** The events the caller runs, latest start first. */
  public List<EventSummary> getHosted() {
    if (hosted == null) {
      hosted = events.runBy(caller.get(), LIMIT);
    }
    return hosted;
  }
}
