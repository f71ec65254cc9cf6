package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.boforum.identity.AuditEntry;
import no.boforum.identity.AuditEvent;
import no.boforum.identity.AuditLog;
import no.boforum.identity.Authorization;
import no.boforum.identity.IdentityAction;
import no.boforum.identity.ProfileService;
import no.boforum.platform.web.Paging;

/**
 * {@code /admin/audit}: the security log, newest first, filtered by event type, user and dates. The
 * filter lives in the address, so a view of the log can be shared with another administrator.
 */
@Named
@RequestScoped
public class AdminAuditView {
  static final int PAGE_SIZE = 50;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Inject AuditLog audit;
  @Inject Authorization authorization;
  @Inject ProfileService profiles;
  private java.util.Map<Long, String> names = java.util.Map.of();
  private String type;
  private Long user;
  private String from;
  private String to;
  private int page = 1;
  private int pages = 1;
  private List<AuditEntry> items;
  private long total;

  public void load() {
    authorization.require(IdentityAction.VIEW_AUDIT_LOG);
    AuditLog.Filter filter =
        new AuditLog.Filter(
            parseType(),
            user,
            parseDate(from) == null ? null : parseDate(from).atStartOfDay(),
            parseDate(to) == null ? null : parseDate(to).plusDays(1).atStartOfDay());
    total = audit.count(filter);
    Paging paging = Paging.of(page, total, PAGE_SIZE);
    page = paging.page();
    pages = paging.pages();
    items = audit.find(filter, paging.offset(), PAGE_SIZE);
    java.util.Set<Long> ids = new java.util.HashSet<>();
    items.forEach(
        e -> {
          if (e.actorId() != null) {
            ids.add(e.actorId());
          }
          if (e.subjectUserId() != null) {
            ids.add(e.subjectUserId());
          }
        });
    names = profiles.names(ids);
  }

  /** The user's name for the log, empty for a deleted user (the page says so). */
  public String name(Long id) {
    return id == null ? null : names.getOrDefault(id, "");
  }

  private AuditEvent.Type parseType() {
    try {
      return type == null || type.isBlank() ? null : AuditEvent.Type.valueOf(type);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static LocalDate parseDate(String text) {
    try {
      return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public String time(AuditEntry e) {
    return TIME.format(e.occurredAt());
  }

  /** This page's address with another page number, keeping the filter. */
  public String pageLink(int n) {
    StringBuilder link = new StringBuilder("?page=").append(n);
    if (type != null && !type.isBlank()) {
      link.append("&type=").append(type);
    }
    if (user != null) {
      link.append("&user=").append(user);
    }
    if (from != null && parseDate(from) != null) {
      link.append("&from=").append(from.strip());
    }
    if (to != null && parseDate(to) != null) {
      link.append("&to=").append(to.strip());
    }
    return link.toString();
  }

  public List<AuditEvent.Type> getTypes() {
    return List.of(AuditEvent.Type.values());
  }

  public int getPages() {
    return pages;
  }

  public List<AuditEntry> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public Long getUser() {
    return user;
  }

  public void setUser(Long user) {
    this.user = user;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }
}
