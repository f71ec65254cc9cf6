package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import no.boforum.platform.outbox.ContentChanged;

/** Announces, once and in the changing transaction, that a thread or one of its posts changed. */
@ApplicationScoped
public class DiscussionChanges {
  /** The kind's name in announcements and in search. */
  public static final String KIND = "discussion";

  @Inject Event<ContentChanged> changed;

  @Transactional(TxType.MANDATORY)
  public void announce(long threadId) {
    changed.fire(ContentChanged.of(KIND, String.valueOf(threadId)));
  }
}
