package no.boforum.discussion;

import no.boforum.identity.AuditEvent;

/** What a moderator decides about a post in the queue, or about its author. */
public enum ModeratorAction {
  /** The flags were wrong: clears them and shows the post. */
  KEEP(AuditEvent.Type.POST_KEPT),
  /** Approves a post that waited (pre-moderation). */
  APPROVE(AuditEvent.Type.POST_APPROVED),
  HIDE(AuditEvent.Type.POST_HIDDEN),
  /** Changes the text (with a note to the author) and shows the post. */
  EDIT(AuditEvent.Type.POST_EDITED_BY_MODERATOR),
  DELETE(AuditEvent.Type.POST_DELETED_BY_MODERATOR),
  /** Refuses a post that waited: it is removed. */
  REFUSE(AuditEvent.Type.POST_REFUSED),
  /** Warns the author; the post stays in the queue. */
  WARN(AuditEvent.Type.USER_WARNED),
  /** Suspends the author, longer with each suspension; the post stays in the queue. */
  SUSPEND(AuditEvent.Type.USER_SUSPENDED);

  private final AuditEvent.Type audited;

  ModeratorAction(AuditEvent.Type audited) {
    this.audited = audited;
  }

  AuditEvent.Type audited() {
    return audited;
  }

  /** True for the actions about the author, which leave the post where it is. */
  boolean aboutAuthor() {
    return this == WARN || this == SUSPEND;
  }
}
