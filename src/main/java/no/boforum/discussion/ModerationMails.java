package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import no.boforum.identity.ProfileService;
import no.boforum.platform.mail.MailOutbox;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells the author of a post what a moderator decided, in the author's language, queued with the
 * decision (the notifications feature is to take this over).
 */
@ApplicationScoped
public class ModerationMails {
  @Inject MailOutbox mail;
  @Inject ProfileService profiles;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  /**
   * The mail {@code mail.moderation.<ACTION>}: the author's name, the thread's title, the
   * moderator's note, the thread's address and, for a suspension, its end.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void tell(
      long authorId, ModeratorAction action, DiscussionThread thread, String note, String until) {
    send(authorId, "mail.moderation." + action.name(), thread, note, until);
  }

  /** Flags hid the author's post until a moderator looks at it: the author hears why it is gone. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void tellHiddenByFlags(long authorId, DiscussionThread thread) {
    send(authorId, "mail.moderation.FLAGGED", thread, null, null);
  }

  /**
   * The mail; a thread whose question others may not read (hidden, waiting, removed) is named to
   * anyone but its asker by neither its title nor its address, which may be what names someone.
   */
  private void send(long authorId, String key, DiscussionThread thread, String note, String until) {
    boolean withheld = thread.isHidden() && !thread.getAuthorId().equals(authorId);
    String base = PublicUrls.base(publicUrl);
    profiles
        .contact(authorId)
        .ifPresent(
            c -> {
              Locale locale = Messages.locale(c.language());
              mail.queue(
                  c.email(),
                  Messages.format(locale, key + ".subject"),
                  Messages.format(
                      locale,
                      key + ".body",
                      c.name(),
                      withheld
                          ? Messages.format(locale, "mail.moderation.withheldThread")
                          : thread.getTitle(),
                      note == null || note.isBlank()
                          ? Messages.format(locale, "mail.moderation.noNote")
                          : note,
                      base + (withheld ? "discussions" : DiscussionViews.path(thread)),
                      until));
            });
  }
}
