package no.boforum.event.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.boforum.event.EventEditing;
import no.boforum.event.EventEditing.Editable;
import no.boforum.event.EventFormat;
import no.boforum.event.EventService;
import no.boforum.event.EventState;
import no.boforum.event.web.EventFormRows.AgendaRow;
import no.boforum.event.web.EventFormRows.SeatGroupRow;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/**
 * {@code /events/new} and {@code /events/<slug>/edit}: a host writes an event (saved as a draft) or
 * changes one. A problem is shown beside its field with everything typed kept; the version read
 * with the form travels in a hidden field, so a save made meanwhile is reported, not overwritten.
 * Seat groups and agenda items are added and removed by posting the form back.
 */
@Named
@RequestScoped
public class EventEditorView {
  static final String FORM = "edit";

  @Inject EventEditing editing;
  @Inject EventService events;
  @Inject EventChoices choices;
  @Inject EventForms forms;
  @Inject Language language;
  @Inject CurrentCaller caller;
  @Inject OrganisationService organisations;

  private String slug;
  private Editable editable;
  private EventForm form = new EventForm();
  private long version;

  @PostConstruct
  void init() {
    HttpServletRequest req = FacesMessages.request();
    slug = req.getParameter("slug");
    if (slug != null) {
      editable = editing.editable(slug).orElse(null);
      if (editable != null) {
        form = EventForm.of(editable.data());
        version = editable.version();
      }
    } else {
      form.setLanguage(language.getTag());
      form.setFormat(EventFormat.IN_PERSON);
      if (choices.getHostable().size() == 1) {
        form.setHost(choices.getHostable().get(0).id());
      }
    }
    form.rows(count(req, "seatGroupRows"), count(req, "agendaRows"));
  }

  private static Integer count(HttpServletRequest req, String name) {
    try {
      String raw = req.getParameter(name);
      return raw == null ? null : Math.max(0, Math.min(Integer.parseInt(raw), 60));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The view action: a visitor logs in; who may not host or run this event is refused. */
  public void check() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (isCreating() ? choices.isMayHost() : editable != null) {
      return;
    }
    if (!caller.get().isAuthenticated()) {
      String next = isCreating() ? "/events/new" : "/events/" + slug + "/edit";
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    } else {
      boolean known = !isCreating() && events.find(slug).isPresent();
      external.responseSendError(isCreating() || known ? 403 : 404, null);
    }
    faces.responseComplete();
  }

  public String save() throws IOException {
    if (isCreating()) {
      return forms.submit(FORM, "event.created", () -> "/events/" + editing.create(form.toData()));
    }
    return forms.submit(
        FORM,
        "event.saved",
        () -> {
          editing.update(slug, form.toData(), version);
          return "/events/" + slug;
        });
  }

  public String addSeatGroup() {
    form.getSeatGroups().add(new SeatGroupRow());
    return null;
  }

  public String removeSeatGroup(int index) {
    if (index >= 0 && index < form.getSeatGroups().size()) {
      form.getSeatGroups().remove(index);
    }
    return null;
  }

  public String addAgendaItem() {
    form.getAgenda().add(new AgendaRow());
    return null;
  }

  public String removeAgendaItem(int index) {
    if (index >= 0 && index < form.getAgenda().size()) {
      form.getAgenda().remove(index);
    }
    return null;
  }

  /**
   * The organisations the event may be hosted by: those the caller may host for, and the present
   * host (a co-host's editor keeps it when saving).
   */
  public List<OrganisationDetails> getHosts() {
    List<OrganisationDetails> hosts = new ArrayList<>(choices.getHostable());
    if (editable != null) {
      Long current = editable.data().hostOrganisationId();
      if (hosts.stream().noneMatch(o -> current.equals(o.id()))) {
        organisations.find(current).ifPresent(o -> hosts.add(0, o));
      }
    }
    return hosts;
  }

  public boolean isCreating() {
    return slug == null;
  }

  /** Cancelled and closed events are kept as they were. */
  public boolean isEditableState() {
    return editable == null
        || editable.state() == EventState.DRAFT
        || editable.state() == EventState.PUBLISHED;
  }

  public String getSlug() {
    return slug;
  }

  public Editable getEditable() {
    return editable;
  }

  public EventForm getForm() {
    return form;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
