package no.boforum.discussion;

import java.time.OffsetDateTime;

/**
 * A thread in a list: what it is, who asked, how far it got, and for a logged-in reader whether it
 * has posts they have not seen; an invented example (a seed thread) says so.
 *
 * @param path the thread's address relative to the portal's root
 */
public record ThreadSummary(
    long id,
    String slug,
    String path,
    ThreadKind kind,
    String title,
    String category,
    String authorName,
    OffsetDateTime createdAt,
    OffsetDateTime lastActivityAt,
    int replyCount,
    boolean solved,
    boolean pinned,
    boolean unread,
    boolean illustrative) {}
