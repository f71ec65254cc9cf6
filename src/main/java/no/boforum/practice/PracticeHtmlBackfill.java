package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.jobs.JobOutcome;
import no.boforum.platform.jobs.PeriodicJob;
import no.boforum.platform.text.MarkdownRenderer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stores the HTML of practices that have none, or HTML of an older {@link MarkdownRenderer#VERSION}
 * (rows from before decision 0034, or after the renderer changed), so that their pages stop
 * rendering Markdown per view. All that is due in one run, {@value #BATCH} rows per transaction in
 * the order of their ids. Written past the optimistic lock and the change time (rendering is no
 * edit: an editor with the form open must not be told of a change), and only if the row was not
 * saved meanwhile (that save rendered it). A newer version is left alone: an instance of the next
 * release wrote it.
 */
@ApplicationScoped
public class PracticeHtmlBackfill implements PeriodicJob {
  static final int BATCH = 200;
  private static final Logger LOG = Logger.getLogger(PracticeHtmlBackfill.class.getName());

  /**
   * The ids handled in one transaction (the last is where the next batch starts) and how many were
   * stored. Public: Weld left {@link #renderBatch} without its transaction while this type was
   * package-private.
   */
  public record Batch(List<Long> ids, int rendered) {}

  @PersistenceContext EntityManager em;
  @Inject MarkdownRenderer markdown;
  @Inject PracticeHtmlBackfill self;

  @Inject
  @ConfigProperty(name = "boforum.practice.html-interval-seconds")
  int intervalSeconds;

  @Override
  public String name() {
    return "practice-html";
  }

  @Override
  public Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  @Override
  public JobOutcome run() {
    int rendered = 0;
    long after = 0;
    while (true) {
      Batch b = self.renderBatch(after);
      rendered += b.rendered();
      if (b.ids().size() < BATCH) {
        return JobOutcome.did(rendered);
      }
      after = b.ids().get(b.ids().size() - 1);
    }
  }

  /** Renders up to {@value #BATCH} practices due, with ids above {@code after}. */
  @Transactional
  public Batch renderBatch(long after) {
    List<Object[]> due =
        em.createQuery(
                "SELECT p.id, p.body, p.outcomes, p.version FROM Practice p"
                    + " WHERE (p.html.version IS NULL OR p.html.version < :v) AND p.id > :after"
                    + " ORDER BY p.id",
                Object[].class)
            .setParameter("v", MarkdownRenderer.VERSION)
            .setParameter("after", after)
            .setMaxResults(BATCH)
            .getResultList();
    int rendered = 0;
    for (Object[] row : due) {
      long id = (Long) row[0];
      PracticeHtml html;
      try {
        html = PracticeHtml.render((String) row[1], (String) row[2], markdown);
      } catch (RuntimeException e) {
        // One text the renderer cannot take must not keep the others unrendered: it shows per view.
        LOG.log(Level.WARNING, "Could not render the texts of practice " + id, e);
        continue;
      }
      rendered +=
          em.createNativeQuery(
                  "UPDATE practice SET body_html = ?, outcomes_html = ?, html_version = ?"
                      + " WHERE id = ? AND version = ?")
              .setParameter(1, html.body())
              .setParameter(2, html.outcomes())
              .setParameter(3, MarkdownRenderer.VERSION)
              .setParameter(4, id)
              .setParameter(5, row[3])
              .executeUpdate();
    }
    return new Batch(due.stream().map(r -> (Long) r[0]).toList(), rendered);
  }
}
