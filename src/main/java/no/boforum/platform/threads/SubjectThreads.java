package no.boforum.platform.threads;

import java.util.List;

/**
 * Threads about a practice or an event: the discussion feature contributes the bean, and the
 * practice and event pages list what it answers, so that neither feature imports discussions
 * (decision 0017; the sibling of {@code PracticeMentions}, with replies and solved).
 */
public interface SubjectThreads {
  /** What a thread can be about. */
  enum Subject {
    PRACTICE,
    EVENT
  }

  /** A thread as a practice or event page lists it; its address is from the portal's root. */
  record LinkedThread(
      String title, String path, int replies, boolean solved, boolean illustrative) {}

  /**
   * The threads about it that every reader may see, latest activity first, at most {@code limit}.
   */
  List<LinkedThread> about(Subject subject, String slug, int limit);

  /** The address (from the root) of the form that starts a thread about it. */
  String askPath(Subject subject, String slug);
}
