package no.boforum.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.notification.DigestPeriod;
import no.boforum.notification.Inbox;
import no.boforum.notification.NotificationAction;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.Paging;

/**
 * {@code /my/notifications}: the caller's notifications, newest first, unread ones marked, in pages
 * of {@link #SIZE}; {@code ?unread=true} shows only the unread. Each links through {@code
 * /my/notifications/open}, which marks it read.
 */
@Named
@RequestScoped
public class NotificationsView {
  static final int SIZE = 20;

  /** One notification as the page lists it. */
  public record Row(long id, String line, String detail, String when, String open, boolean read) {}

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
    String base = FacesMessages.request().getContextPath();
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
                        base + "/my/notifications/open?id=" + i.id(),
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

  /** Marks everything read, and says how many were unread. */
  public String markAllRead() {
    long me = authorization.require(NotificationAction.READ_OWN).userId();
    FacesMessages.flash("notify.list.allRead", inbox.markAllRead(me));
    return "/my/notifications?faces-redirect=true";
  }
}
