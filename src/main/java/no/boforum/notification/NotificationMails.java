package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.identity.ProfileService.Contact;
import no.boforum.notification.MailAdditions.Addition;
import no.boforum.platform.mail.MailAttachment;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only place that writes notifications as mail, in the person's language: one subject's news at
 * a time (immediate), or a digest grouped by threads, events, practices and the rest, naming at
 * most {@link #SUBJECTS} of each group and {@link #LINES} lines of each subject, with "and N more".
 * Under each subject come the lines its feature adds for the reader ({@link MailAdditions}); a mail
 * carries an attachment only if exactly one of its subjects has one. Every mail ends with a link to
 * the preferences and one that stops this mail.
 */
@ApplicationScoped
public class NotificationMails {
  static final int SUBJECTS = 5;
  static final int LINES = 3;

  /** The digest's groups, in order; a subject type not named here comes last, under "other". */
  static final List<String> GROUPS =
      List.of("thread", "event", "matching", "conversation", "practice", "search", "organisation");

  @Inject MailOutbox mail;
  @Inject Unsubscribes unsubscribes;
  @Inject SubjectAdditions additions;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  /**
   * One mail of what is due now: about one subject, its lines under the subject's address; about
   * several, grouped as a digest is (with room for four times its subjects and three times its
   * lines: the rest are named as "and N more" and wait in the list).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  void immediate(long userId, Contact to, List<Notification> items, Map<Long, String> actors) {
    Locale locale = Messages.locale(to.language());
    Map<String, Map<String, List<Notification>>> groups = groups(items);
    StringBuilder body = greeting(locale, to);
    List<MailAttachment> attachments = new ArrayList<>();
    String subject;
    if (groups.values().stream().mapToInt(Map::size).sum() == 1) {
      Notification first = items.get(0);
      subject =
          items.size() == 1
              ? Inbox.line(locale, first, actors)
              : Messages.format(locale, "notify.mail.several", items.size(), title(locale, first));
      lines(body, locale, items, items.size(), actors, "");
      added(body, additions.of(userId, locale, items), attachments, "");
      body.append('\n').append(base()).append(first.getLink()).append('\n');
    } else {
      subject = Messages.format(locale, "notify.mail.manySubjects", items.size());
      sections(body, locale, groups, SUBJECTS * 4, LINES * 3, actors, userId, attachments);
      linkToAll(body, locale);
    }
    send(userId, to, locale, subject, body, items, attachments);
  }

  /** The digest of a period. */
  @Transactional(Transactional.TxType.MANDATORY)
  void digest(
      long userId,
      Contact to,
      DigestPeriod period,
      List<Notification> items,
      Map<Long, String> actors) {
    Locale locale = Messages.locale(to.language());
    String subject = Messages.format(locale, "notify.digest." + period + ".subject", items.size());
    StringBuilder body = greeting(locale, to);
    body.append(Messages.format(locale, "notify.digest." + period + ".intro", items.size()))
        .append("\n");
    List<MailAttachment> attachments = new ArrayList<>();
    sections(body, locale, groups(items), SUBJECTS, LINES, actors, userId, attachments);
    linkToAll(body, locale);
    send(userId, to, locale, subject, body, items, attachments);
  }

  /**
   * Each group under its heading: at most {@code subjects} subjects, {@code lines} lines each, and
   * what the subject's feature adds for the reader.
   */
  private void sections(
      StringBuilder body,
      Locale locale,
      Map<String, Map<String, List<Notification>>> groups,
      int subjects,
      int lines,
      Map<Long, String> actors,
      long userId,
      List<MailAttachment> attachments) {
    groups.forEach(
        (group, bySubject) -> {
          body.append("\n").append(Messages.format(locale, "notify.group." + group)).append("\n");
          bySubject.values().stream()
              .limit(subjects)
              .forEach(
                  news -> {
                    Notification first = news.get(0);
                    body.append("\n• ")
                        .append(title(locale, first))
                        .append(" (")
                        .append(Messages.format(locale, "notify.digest.count", news.size()))
                        .append(")\n  ")
                        .append(base())
                        .append(first.getLink())
                        .append('\n');
                    lines(body, locale, news, lines, actors, "  ");
                    added(body, additions.of(userId, locale, news), attachments, "  ");
                  });
          if (bySubject.size() > subjects) {
            body.append("\n")
                .append(
                    Messages.format(
                        locale, "notify.digest.moreSubjects." + group, bySubject.size() - subjects))
                .append("\n");
          }
        });
  }

  /** The addition's lines, and its attachment kept for the mail. */
  private static void added(
      StringBuilder body, Addition addition, List<MailAttachment> attachments, String indent) {
    addition.lines().forEach(l -> body.append(indent).append(l).append('\n'));
    if (addition.attachment() != null) {
      attachments.add(addition.attachment());
    }
  }

  /** "All your notifications:" and the list's address. */
  private void linkToAll(StringBuilder body, Locale locale) {
    body.append("\n")
        .append(Messages.format(locale, "notify.digest.all"))
        .append(' ')
        .append(base())
        .append("my/notifications\n");
  }

  private static String title(Locale locale, Notification n) {
    return n.getSubjectTitle().isBlank()
        ? Messages.format(locale, "notify.withheld")
        : n.getSubjectTitle();
  }

  /** Group, then subject (its newest news first), each in the order of its newest notification. */
  static Map<String, Map<String, List<Notification>>> groups(List<Notification> items) {
    Map<String, Map<String, List<Notification>>> groups = new LinkedHashMap<>();
    List<String> order = new ArrayList<>(GROUPS);
    order.add("other");
    order.forEach(g -> groups.put(g, new LinkedHashMap<>()));
    items.stream()
        .sorted(Comparator.comparing(Notification::getId).reversed())
        .forEach(
            n -> {
              String group = GROUPS.contains(n.getSubjectType()) ? n.getSubjectType() : "other";
              groups
                  .get(group)
                  .computeIfAbsent(
                      n.getSubjectType() + ":" + n.getSubjectKey(), k -> new ArrayList<>())
                  .add(n);
            });
    groups.values().removeIf(Map::isEmpty);
    return groups;
  }

  private static StringBuilder greeting(Locale locale, Contact to) {
    return new StringBuilder(Messages.format(locale, "notify.mail.greeting", to.name()))
        .append("\n\n");
  }

  /** Up to {@code max} lines, oldest first, each with its detail, then "and N more". */
  private static void lines(
      StringBuilder body,
      Locale locale,
      List<Notification> news,
      int max,
      Map<Long, String> actors,
      String indent) {
    List<Notification> oldestFirst =
        news.stream().sorted(Comparator.comparing(Notification::getId)).toList();
    oldestFirst.stream()
        .limit(max)
        .forEach(
            n -> {
              body.append(indent).append("- ").append(Inbox.line(locale, n, actors)).append('\n');
              if (n.getDetail() != null && !n.getDetail().isBlank()) {
                n.getDetail()
                    .lines()
                    .forEach(l -> body.append(indent).append("  ").append(l).append('\n'));
              }
            });
    if (news.size() > max) {
      body.append(indent)
          .append(Messages.format(locale, "notify.digest.moreLines", news.size() - max))
          .append('\n');
    }
  }

  private void send(
      long userId,
      Contact to,
      Locale locale,
      String subject,
      StringBuilder body,
      List<Notification> items,
      List<MailAttachment> attachments) {
    List<String> kinds =
        items.stream().map(Notification::getKind).distinct().sorted().collect(Collectors.toList());
    String token = unsubscribes.token(userId, kinds);
    body.append("\n-- \n")
        .append(Messages.format(locale, "notify.mail.why"))
        .append('\n')
        .append(Messages.format(locale, "notify.mail.settings"))
        .append(' ')
        .append(base())
        .append("my/notification-settings\n")
        .append(Messages.format(locale, "notify.mail.stop"))
        .append(' ')
        .append(base())
        .append("notifications/unsubscribe?token=")
        .append(token)
        .append('\n');
    mail.queueStoppable(
        to.email(),
        subject,
        body.toString(),
        attachments.size() == 1 ? attachments.get(0) : null,
        base() + "api/notifications/unsubscribe?token=" + token);
  }

  private String base() {
    return PublicUrls.base(publicUrl);
  }
}
