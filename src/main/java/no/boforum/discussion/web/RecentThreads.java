package no.boforum.discussion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.discussion.DiscussionSubjectThreads;
import no.boforum.platform.threads.SubjectThreads.LinkedThread;

/**
 * The threads with the latest activity, for the home page ({@code
 * WEB-INF/includes/recent-threads.xhtml}): a public view helper of the discussion feature that the
 * shell's front page includes, as it includes the next events. A slow or failing database costs
 * this list only: the home page says so and goes on.
 */
@Named
@RequestScoped
public class RecentThreads {
  static final int SHOWN = 5;
  private static final Logger LOG = Logger.getLogger(RecentThreads.class.getName());

  @Inject DiscussionSubjectThreads threads;
  private List<LinkedThread> items;
  private boolean unavailable;

  public List<LinkedThread> getItems() {
    if (items == null) {
      try {
        items = threads.recent(SHOWN);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The recent threads could not be read", e);
        unavailable = true;
        items = List.of();
      }
    }
    return items;
  }

  public boolean isUnavailable() {
    getItems();
    return unavailable;
  }
}
