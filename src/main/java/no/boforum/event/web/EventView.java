package no.boforum.event.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import no.boforum.event.EventDetails;
import no.boforum.event.EventEditing;
import no.boforum.event.EventEditing.Transition;
import no.boforum.event.EventService;
import no.boforum.event.EventState;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.web.FacesMessages;

/**
 * Backs {@code event/event.xhtml}, reached as {@code /events/<slug>}: the event for everyone who
 * may see it, and its hosts' moves. The event is read in {@code @PostConstruct} from the {@code
 * slug} parameter (the address on a GET, a hidden field on the hosts' form).
 */
@Named
@RequestScoped
public class EventView {
  @Inject EventService events;
  @Inject EventEditing editing;
  @Inject MarkdownRenderer markdown;
  @Inject EventForms forms;
  @Inject CurrentCaller caller;
  Clock clock = Clock.systemUTC();

  private String slug;
  private EventDetails event;
  private boolean mayManage;
  private String descriptionHtml;

  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    event = slug == null ? null : events.find(slug).orElse(null);
    if (event != null) {
      // A draft is found only for those who run it; anyone else who may is logged in.
      mayManage =
          event.state() == EventState.DRAFT
              || caller.get().isAuthenticated() && editing.editable(slug).isPresent();
      descriptionHtml = markdown.toSafeHtml(event.description());
    }
  }

  /** The view action: an unknown event, or a draft of someone else's, is a 404. */
  public void load() throws IOException {
    if (event == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
    }
  }

  /** Publishes or cancels the event; back to its page with a message. */
  public String move(String transition) throws IOException {
    Transition t = Transition.valueOf(transition);
    return forms.submit(
        null,
        "event.moved." + t.name(),
        () -> {
          editing.move(slug, t);
          return "/events/" + slug;
        });
  }

  /** Deletes the draft; to the host's list of events. */
  public String deleteDraft() throws IOException {
    return forms.submit(
        null,
        "event.deleted",
        () -> {
          editing.deleteDraft(slug);
          return "/my/events";
        });
  }

  public boolean isOver() {
    return event != null && event.isOver(OffsetDateTime.now(clock));
  }

  public boolean isMayEdit() {
    return mayManage
        && (event.state() == EventState.DRAFT || event.state() == EventState.PUBLISHED);
  }

  public boolean isMayPublish() {
    return mayManage && event.state() == EventState.DRAFT;
  }

  public boolean isMayCancel() {
    return mayManage && event.state() == EventState.PUBLISHED && !isOver();
  }

  /** Once it is over, the hosts close it with a report on their closing page (and correct it). */
  public boolean isMayClose() {
    return mayManage
        && (event.state() == EventState.PUBLISHED && isOver()
            || event.state() == EventState.CLOSED);
  }

  public boolean isMayDelete() {
    return mayManage && event.state() == EventState.DRAFT;
  }

  public boolean isMayManage() {
    return mayManage;
  }

  public boolean isHasContact() {
    var c = event.contact();
    return c.name() != null || c.email() != null || c.phone() != null;
  }

  public String getSlug() {
    return slug;
  }

  public EventDetails getEvent() {
    return event;
  }

  public String getDescriptionHtml() {
    return descriptionHtml;
  }
}
