package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import no.boforum.event.CalendarFeeds;
import no.boforum.event.EventService;
import no.boforum.event.EventSummary;
import no.boforum.event.MyRegistration;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Paging;

/**
 * {@code /my/events}: the events the caller hosts or co-hosts (drafts included), and those they are
 * registered or waiting for, and the secret address of their own calendar feed (made and renewed
 * here with a button, never by opening the page).
 */
@Named
@RequestScoped
public class MyEventsView {
  static final int LIMIT = 200;
  static final int PAST_PAGE = 20;

  @Inject EventService events;
  @Inject CurrentCaller caller;
  @Inject no.boforum.event.RegistrationViews registrations;
  @Inject CalendarFeeds feeds;
  private List<EventSummary> hosted;
  private List<MyRegistration> registered;
  private List<MyRegistration> past;
  private Paging pastPaging;
  private Optional<String> feed;

  /** The address of the caller's calendar feed; null until they make one. */
  public String getFeedAddress() {
    if (feed == null) {
      feed = feeds.existing(caller.get().userId());
    }
    return feed.orElse(null);
  }

  /** The same address for calendar programs that open webcal links. */
  public String getWebcalAddress() {
    String address = getFeedAddress();
    return address == null ? null : address.replaceFirst("^https?://", "webcal://");
  }

  public String makeFeed() {
    feed = Optional.of(feeds.address(caller.get().userId()));
    FacesMessages.info("my.events.feed.made");
    return null;
  }

  public String renewFeed() {
    feed = Optional.of(feeds.renew(caller.get().userId()));
    FacesMessages.info("my.events.feed.renewed");
    return null;
  }

  /** The events to come that the caller is registered or waiting for, soonest first. */
  public List<MyRegistration> getRegistered() {
    if (registered == null) {
      registered = registrations.ofUser(caller.get().userId(), false, 0, LIMIT);
    }
    return registered;
  }

  /** The page of past events asked for ({@code ?past=N}), kept within the pages there are. */
  public Paging getPastPaging() {
    if (pastPaging == null) {
      pastPaging =
          Paging.of(
              Paging.pageParameter(FacesMessages.request().getParameter("past")),
              registrations.countOfUser(caller.get().userId(), true),
              PAST_PAGE);
    }
    return pastPaging;
  }

  public int getPage() {
    return getPastPaging().page();
  }

  public int getPages() {
    return getPastPaging().pages();
  }

  /** The address of page {@code n} of the past events. */
  public String pageLink(int n) {
    return FacesMessages.request().getContextPath() + "/my/events?past=" + n + "#past-heading";
  }

  /** A page of the events over that the caller was registered for, latest first. */
  public List<MyRegistration> getPast() {
    if (past == null) {
      Paging p = getPastPaging();
      past = registrations.ofUser(caller.get().userId(), true, p.offset(), p.size());
    }
    return past;
  }

  /** The events the caller runs, latest start first. */
  public List<EventSummary> getHosted() {
    if (hosted == null) {
      hosted = events.runBy(caller.get(), LIMIT);
    }
    return hosted;
  }
}
