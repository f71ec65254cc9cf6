package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import no.boforum.identity.Caller;
import no.boforum.platform.Conflict;

/**
 * What is asked of a person before they post, beyond being logged in: not suspended, not too many
 * posts in the window for their {@link Standing} nor the same text twice (counted in the database,
 * so it holds across instances), and whether the post waits for a moderator's approval.
 */
@ApplicationScoped
public class PostingGuard {
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", java.util.Locale.ROOT);
  private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");

  @Inject PostingHistory history;
  @Inject ModerationSettings settings;

  /** Refuses the post, or answers whether it must wait for approval. */
  boolean check(Caller caller, String body, LocalDateTime now) {
    if (caller.isSuspended()) {
      throw suspended(caller);
    }
    Standing standing = Standing.of(caller, now);
    if (standing == Standing.MODERATOR || caller.isAdministrator()) {
      return false;
    }
    history.lockAuthor(caller.userId());
    LocalDateTime since = now.minus(settings.window());
    if (history.wroteSince(caller.userId(), body, since)) {
      throw new Conflict("discussion.sameTextTwice", settings.window().toMinutes());
    }
    int allowed = settings.postsPerWindow(standing);
    if (history.countPostsSince(caller.userId(), since) >= allowed) {
      throw new PostingRefused(
          429, "discussion.rateLimited." + standing.name(), allowed, settings.window().toMinutes());
    }
    return premoderated(caller);
  }

  /**
   * Whether an edit by its author sends the post back for approval: while the author's posts are
   * still pre-moderated, an approved post changed afterwards is approved again.
   */
  boolean editWaits(Caller caller, LocalDateTime now) {
    if (caller.isSuspended()) {
      throw suspended(caller);
    }
    return Standing.of(caller, now) != Standing.MODERATOR
        && !caller.isAdministrator()
        && premoderated(caller);
  }

  private boolean premoderated(Caller caller) {
    return !caller.verifiedMember()
        && history.countPassed(caller.userId()) < settings.premoderatedPosts();
  }

  /** The refusal a suspended person meets, saying until when. */
  public static PostingRefused suspended(Caller caller) {
    return new PostingRefused(403, "discussion.suspended", until(caller.suspendedUntil()));
  }

  /** The end of a suspension as people read it: Norwegian time, with its zone (CET or CEST). */
  public static String until(LocalDateTime until) {
    return until.atOffset(ZoneOffset.UTC).atZoneSameInstant(OSLO).format(UNTIL);
  }
}
