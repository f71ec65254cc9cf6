package no.boforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.notification.DigestPeriod;
import no.boforum.notification.Inbox;
import no.boforum.notification.NotificationAction;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.Paging;

/**
 * {@code /my/notifications}: the caller's notifications, newest first, unread ones marked, in pages
 * of {@link #SIZE}; {@code ?unread=true} shows only the unread. Each is a button of a form of its
 * own that marks it read and goes to its subject: a post, so that no link can mark it (issue 18).
 */
@Named
@RequestScoped
public class NotificationsView {
  static final int SIZE = 20;

  /** One notification as the page lists it. */
  public record Row(long id, String line, String detail, String when, boolean read) {}

  /** The form parameter that names the notification a row's button opens. */
  static final String OPENED = "notification";

  @Inject Inbox inbox;
  @Inject Authorization authorization;
  @Inject Language language;
  private Paging paging;
  private List<Row> rows;
  private long unread;

  private void load() {
    if (rows != null) {
      return;
    }
    long me = authorization.require(NotificationAction.READ_OWN).userId();
    int asked = Paging.pageParameter(FacesMessages.request().getParameter("page"));
    paging = Paging.of(asked, inbox.total(me, isUnreadOnly()), SIZE);
    unread = inbox.unread(me);
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale());
    rows =
        inbox.page(me, isUnreadOnly(), paging.offset(), SIZE, language.getLocale()).items().stream()
            .map(
                i ->
                    new Row(
                        i.id(),
                        i.line(),
                        i.detail(),
                        format.format(
                            i.createdAt()
                                .atOffset(ZoneOffset.UTC)
                                .atZoneSameInstant(DigestPeriod.ZONE)),
                        i.read()))
            .toList();
  }

  public List<Row> getRows() {
    load();
    return rows;
  }

  public long getUnread() {
    load();
    return unread;
  }

  public boolean isUnreadOnly() {
    return "true".equals(FacesMessages.request().getParameter("unread"));
  }

  public int getPage() {
    load();
    return paging.page();
  }

  public int getPages() {
    load();
    return paging.pages();
  }

  public String pageLink(int page) {
    return FacesMessages.request().getContextPath()
        + "/my/notifications?page="
        + page
        + (isUnreadOnly() ? "&unread=true" : "");
  }

  /**
   * Marks the notification the row's form names read and goes to its subject; another's or an
   * unknown one goes back to the list. The id comes with the form, not from the row's place in the
   * list, which may have changed since the page was shown.
   */
  public void open() throws IOException {
    long me = authorization.require(NotificationAction.READ_OWN).userId();
    Optional<String> link = Optional.empty();
    try {
      String id = String.valueOf(FacesMessages.request().getParameter(OPENED)).strip();
      link = inbox.open(me, Long.parseLong(id));
    } catch (NumberFormatException e) {
      // an edited form: back to the list
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + link.orElse("/my/notifications"));
    FacesContext.getCurrentInstance().responseComplete();
  }

  /** Marks everything read, and says how many were unread. */
  public String markAllRead() {
    long me = authorization.require(NotificationAction.READ_OWN).userId();
    FacesMessages.flash("notify.list.allRead", inbox.markAllRead(me));
    return "/my/notifications?faces-redirect=true";
  }
}
