package no.boforum.discussion;

import java.time.OffsetDateTime;
import java.util.List;
import no.boforum.discussion.Subjects.Subject;

/**
 * One thread with its question and its accepted answers; the replies are read in pages beside it.
 * For the reader: whether they may reply, accept and moderate, and whether they follow or muted it.
 */
public record ThreadDetails(
    long id,
    String slug,
    String path,
    ThreadKind kind,
    String title,
    String category,
    Subject practice,
    Subject event,
    String authorName,
    OffsetDateTime createdAt,
    OffsetDateTime lastActivityAt,
    int replyCount,
    boolean solved,
    boolean locked,
    boolean closed,
    boolean pinned,
    PostView question,
    List<PostView> accepted,
    boolean mayReply,
    boolean mayAccept,
    boolean mayModerate,
    DiscussionMarks.Level level,
    boolean illustrative) {}
