package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import no.boforum.event.EventDetails;
import no.boforum.event.EventService;
import no.boforum.event.Participant;
import no.boforum.event.Participants;
import no.boforum.event.RegistrationStatus;
import no.boforum.event.Registrations;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Decision;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.NotFound;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/**
 * The hosts' pages of an event: participants (with the sector mix, the answers, removal, the CSV, a
 * message and mixed table groups) and check-in on the day (by code, or by name from the list, with
 * the count present). The event's slug comes from the address; a caller who does not run the event
 * sees "not allowed".
 */
@Named
@RequestScoped
public class EventHostView {
  @Inject EventService events;
  @Inject Participants participants;
  @Inject Registrations registrations;
  @Inject Language language;

  private String slug;
  private EventDetails event;
  private List<Participant> list;
  private boolean allowed = true;
  private String code;
  private String filter;
  private Long messageGroup;
  private String subject;
  private String body;
  private int tableSize = 6;
  private boolean checkedInOnly;
  private Participant lastCheckedIn;
  private Decision refusal;

  /**
   * Reads the event and its participants before the forms are decoded (from the address's slug on a
   * GET, the forms' hidden field on a post), so that a post finds its form and rows rendered.
   */
  @jakarta.annotation.PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    filter = FacesMessages.request().getParameter("filter");
    event = slug == null ? null : events.find(slug).orElse(null);
    if (event != null) {
      try {
        list = participants.list(slug);
      } catch (AccessDeniedException e) {
        allowed = false;
        refusal = e.decision();
      }
    }
  }

  /** The view action: a 404 for no such event, the login or a 403 for a caller who may not. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (event == null) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    if (!allowed) {
      String here = FacesMessages.request().getRequestURI();
      if (refusal == Decision.NOT_AUTHENTICATED) {
        faces
            .getExternalContext()
            .redirect(
                FacesMessages.request().getContextPath()
                    + "/login?next="
                    + java.net.URLEncoder.encode(here, java.nio.charset.StandardCharsets.UTF_8));
      } else {
        faces.getExternalContext().responseSendError(403, "");
        faces.responseComplete();
      }
    }
  }

  public List<Participant> getParticipants() {
    return list == null ? List.of() : list;
  }

  /** Participants whose name, organisation or code contains the filter (check-in by name). */
  public List<Participant> getFound() {
    if (filter == null || filter.isBlank()) {
      return getSeated();
    }
    String f = filter.strip().toLowerCase(Locale.ROOT);
    return getSeated().stream()
        .filter(
            p ->
                p.name().toLowerCase(Locale.ROOT).contains(f)
                    || p.organisation() != null
                        && p.organisation().toLowerCase(Locale.ROOT).contains(f)
                    || p.code().toLowerCase(Locale.ROOT).contains(f))
        .toList();
  }

  /** Those with a seat, the ones who can be checked in. */
  public List<Participant> getSeated() {
    return getParticipants().stream()
        .filter(p -> p.status() == RegistrationStatus.CONFIRMED)
        .toList();
  }

  public long getPresent() {
    return getParticipants().stream().filter(p -> p.checkedInAt() != null).count();
  }

  /** The table groups made, by number, each with its people. */
  public List<Map.Entry<Integer, List<Participant>>> getTables() {
    Map<Integer, List<Participant>> t = new TreeMap<>();
    for (Participant p : getParticipants()) {
      if (p.tableGroup() != null) {
        t.computeIfAbsent(p.tableGroup(), k -> new ArrayList<>()).add(p);
      }
    }
    return new ArrayList<>(t.entrySet());
  }

  public String sectorLabel(String sector) {
    return participants.sectorLabel(sector, language.getLocale());
  }

  public String when(java.time.OffsetDateTime t) {
    return t == null ? "" : no.boforum.event.EventTimes.describe(t, language.getLocale());
  }

  public String checkIn() throws IOException {
    return act(
        "check-in",
        () -> {
          lastCheckedIn = participants.checkIn(slug, code, null);
          FacesMessages.flash("event.checkIn.done", lastCheckedIn.name());
        },
        "check-in");
  }

  public String checkInPerson(long registration) throws IOException {
    return act(
        "check-in",
        () -> {
          Participant p = participants.checkIn(slug, null, registration);
          FacesMessages.flash("event.checkIn.done", p.name());
        },
        "check-in");
  }

  public String remove(long registration) throws IOException {
    return act(
        null,
        () -> {
          registrations.remove(slug, registration);
          FacesMessages.flash("event.participants.removed");
        },
        "participants");
  }

  public String sendMessage() throws IOException {
    return act(
        "message",
        () -> {
          int n = participants.message(slug, messageGroup, subject, body);
          FacesMessages.flash("event.message.sent", n);
        },
        "participants");
  }

  public String makeTables() throws IOException {
    return act(
        "tables",
        () -> {
          int n = participants.seatTables(slug, tableSize, checkedInOnly);
          FacesMessages.flash("event.tables.made", n);
        },
        "participants");
  }

  /** Runs a host's action; on success back to the page (a fresh GET), else the message shown. */
  private String act(String formId, Runnable action, String page) throws IOException {
    try {
      action.run();
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/events/" + slug + "/" + page);
    } catch (InputProblem p) {
      FacesMessages.show(formId, p);
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException | NotFound e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  public EventDetails getEvent() {
    return event;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public Long getMessageGroup() {
    return messageGroup;
  }

  public void setMessageGroup(Long messageGroup) {
    this.messageGroup = messageGroup;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public int getTableSize() {
    return tableSize;
  }

  public void setTableSize(int tableSize) {
    this.tableSize = tableSize;
  }

  public boolean isCheckedInOnly() {
    return checkedInOnly;
  }

  public void setCheckedInOnly(boolean checkedInOnly) {
    this.checkedInOnly = checkedInOnly;
  }
}
