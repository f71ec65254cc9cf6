package no.boforum.notification;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.boforum.platform.mail.MailAttachment;

/**
 * What a feature adds to a mail about one of its subjects, for the person it goes to, as things
 * stand when the mail is written rather than when the notification was made: an event adds its time
 * and place, the reader's check-in code, a link that cancels without logging in, and the calendar
 * entry when a seat was given or the event moved. A CDI bean of the feature, found by its subject
 * type, so that the mail stays the only place that composes mail.
 */
public interface MailAdditions {
  /** The subject type it adds to ({@link Notice.Subject#type()}). */
  String subjectType();

  /**
   * The lines (plain text, in {@code locale}) and the attachment for {@code userId}.
   *
   * @param happened the notifications' kinds about the subject, each with its variant if it has one
   *     ({@code event.registration.confirmed})
   */
  Addition addition(String subjectKey, long userId, Locale locale, Set<String> happened);

  /**
   * Lines under the subject, and at most one attachment (null: none). A mail about several subjects
   * carries an attachment only if exactly one of them has one.
   */
  record Addition(List<String> lines, MailAttachment attachment) {
    public static final Addition NONE = new Addition(List.of(), null);

    public Addition {
      lines = List.copyOf(lines);
    }
  }
}
