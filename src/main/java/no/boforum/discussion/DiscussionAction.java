package no.boforum.discussion;

import no.boforum.identity.Action;

/** What the discussions feature guards; {@link DiscussionPolicy} decides. */
public enum DiscussionAction implements Action {
  /** Start threads, reply, mark posts helpful, follow or mute: anyone logged in. */
  PARTICIPATE,
  /** Edit or delete a post: asked with {@link DiscussionPolicy.Author} (who wrote it). */
  CHANGE_POST,
  /**
   * Mark replies as answering a question, or take the mark back: asked with {@link
   * DiscussionPolicy.Asker} (who asked).
   */
  ACCEPT,
  /**
   * The moderators' queue and their decisions on posts, people and threads: {@link
   * no.boforum.identity.Area#MODERATION}'s, also the page {@code /moderation}.
   */
  MODERATE
}
