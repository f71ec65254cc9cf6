package no.boforum.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.pagecache.PageCache;
import no.boforum.platform.threads.SubjectThreads;
import no.boforum.platform.threads.SubjectThreads.LinkedThread;
import no.boforum.platform.threads.SubjectThreads.Subject;

/**
 * Backs {@code WEB-INF/includes/subject-threads.xhtml} on the practice and event pages: the threads
 * about the page's subject, asked once per request of the contributing feature. A failing or slow
 * database costs this list only, never the page.
 */
@Named
@RequestScoped
public class SubjectThreadsView {
  static final int SHOWN = 10;
  private static final Logger LOG = Logger.getLogger(SubjectThreadsView.class.getName());

  @Inject Instance<SubjectThreads> sources;
  @Inject PageCache pages;
  private final Map<String, List<LinkedThread>> asked = new HashMap<>();
  private boolean unavailable;

  /** True when a feature lists threads (the discussion feature is in the portal). */
  public boolean isOffered() {
    return sources.isResolvable();
  }

  public List<LinkedThread> about(String subject, String slug) {
    if (!isOffered() || slug == null) {
      return List.of();
    }
    return asked.computeIfAbsent(subject + "/" + slug, k -> ask(Subject.valueOf(subject), slug));
  }

  private List<LinkedThread> ask(Subject subject, String slug) {
    try {
      return sources.get().about(subject, slug, SHOWN);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Threads about " + subject + " " + slug + " could not be read", e);
      unavailable = true;
      // The page says the threads are missing: served, but not kept for the next visitor.
      pages.incomplete();
      return List.of();
    }
  }

  /** True when the list could not be read in this request (the page says so instead). */
  public boolean isUnavailable() {
    return unavailable;
  }

  public String askPath(String subject, String slug) {
    return sources.get().askPath(Subject.valueOf(subject), slug);
  }
}
