package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.practice.PracticeFilter.Sort;

/**
 * Reading practices: the public catalogue (published only), one practice for whoever may see it, an
 * organisation's own practices, and the review queue.
 */
@ApplicationScoped
public class PracticeService {
  @Inject PracticeRepository repository;
  @Inject PracticeViews views;
  @Inject PracticeAccess access;
  @Inject CurrentCaller caller;
  @Inject MarkdownRenderer markdown;

  /** The practice if the caller may see it: published, or theirs, or theirs to review. */
  @Transactional
  public Optional<PracticeDetails> find(String slug) {
    return visible(slug).map(views::details);
  }

  /**
   * As {@link #find}, with the texts as HTML for the page: as stored at save when the running
   * renderer made them, else rendered now and not stored (a view writes nothing; the backfill job
   * stores them).
   */
  @Transactional
  public Optional<PracticePage> page(String slug) {
    return visible(slug)
        .map(
            p -> {
              PracticeDetails details = views.details(p);
              PracticeHtml html = p.getHtml();
              if (html == null || !html.current()) {
                html = PracticeHtml.render(details.body(), details.outcomes(), markdown);
              }
              return new PracticePage(details, html.body(), html.outcomes());
            });
  }

  /**
   * The practice if it is published, asking nobody's rights: for what anyone may see of it from
   * another page (an event's links), also outside a request (content import, search indexing).
   */
  @Transactional
  public Optional<PracticeDetails> findPublished(String slug) {
    return repository
        .findBySlug(slug)
        .filter(p -> p.getState() == PracticeState.PUBLISHED)
        .map(views::details);
  }

  @Transactional
  public List<PracticeSummary> list(PracticeFilter filter, Sort sort, int offset, int limit) {
    return views.summaries(repository.findPublished(filter, sort, offset, limit));
  }

  @Transactional
  public long count(PracticeFilter filter) {
    return repository.countPublished(filter);
  }

  /** When any practice or adoption last changed (UTC), for the list's Last-Modified. */
  @Transactional
  public Optional<LocalDateTime> lastChange() {
    return repository.lastChange();
  }

  @Transactional
  public List<PracticeSummary> latest(int offset, int limit) {
    return list(PracticeFilter.NONE, Sort.UPDATED, offset, limit);
  }

  @Transactional
  public long count() {
    return count(PracticeFilter.NONE);
  }

  /** Every practice of the organisations the caller belongs to, in every state. */
  @Transactional
  public List<PracticeSummary> ofMyOrganisations() {
    Collection<Long> mine = caller.get().memberships().keySet();
    if (!caller.get().isAuthenticated()) {
      throw new AccessDeniedException(Decision.NOT_AUTHENTICATED, PracticeAction.VIEW_UNPUBLISHED);
    }
    return views.summaries(repository.findByOwners(mine));
  }

  /** Submitted practices waiting for a reviewer, the longest waiting first. */
  @Transactional
  public List<PracticeSummary> reviewQueue() {
    if (!access.rights(null).reviewer()) {
      access.refuse(PracticeAction.REVIEW);
    }
    return views.summaries(repository.findByState(PracticeState.SUBMITTED));
  }

  private Optional<Practice> visible(String slug) {
    return repository
        .findBySlug(slug)
        .filter(
            p -> PracticeWorkflow.mayView(p.getState(), access.rights(p.getOwnerOrganisationId())));
  }
}
