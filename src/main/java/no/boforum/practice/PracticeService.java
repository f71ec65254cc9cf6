package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;
import no.boforum.platform.outbox.OutboxEntry.Operation;
import no.boforum.platform.outbox.SearchOutbox;
import no.boforum.practice.PracticeFilter.Sort;

/**
 * Reading practices: the public catalogue (published only), one practice for whoever may see it, an
 * organisation's own practices, and the review queue.
 */
@ApplicationScoped
public class PracticeService {
  public static final String DOCUMENT_TYPE = "practice";

  @Inject PracticeRepository repository;
  @Inject PracticeViews views;
  @Inject PracticeAccess access;
  @Inject CurrentCaller caller;
  @Inject SearchOutbox outbox;

  /** The practice if the caller may see it: published, or theirs, or theirs to review. */
  @Transactional
  public Optional<PracticeDetails> find(String slug) {
    return repository
        .findBySlug(slug)
        .filter(
            p -> PracticeWorkflow.mayView(p.getState(), access.rights(p.getOwnerOrganisationId())))
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

  @Transactional
  public List<PracticeSummary> latest(int offset, int limit) {
    return list(PracticeFilter.NONE, Sort.UPDATED, offset, limit);
  }

  @Transactional
  public long count() {
    return count(PracticeFilter.NONE);
  }

  /** Published practices by slug, for the search index: the rest are to be removed from it. */
  @Transactional
  public List<PracticeDetails> findPublishedBySlugs(List<String> slugs) {
    return views.details(
        repository.findBySlugs(slugs).stream()
            .filter(p -> p.getState() == PracticeState.PUBLISHED)
            .toList());
  }

  /**
   * The lock version of each of these practices that exists, whatever its state: the index orders a
   * removal by it as it orders a change.
   */
  @Transactional
  public Map<String, Long> versions(List<String> slugs) {
    Map<String, Long> versions = new HashMap<>();
    repository.findBySlugs(slugs).forEach(p -> versions.put(p.getSlug(), (long) p.getVersion()));
    return versions;
  }

  /** Published practices after {@code slug} in slug order, a page at a time, for a rebuild. */
  @Transactional
  public List<PracticeDetails> publishedAfter(String slug, int limit) {
    return views.details(repository.findPublishedAfter(slug, limit));
  }

  /** The text of the attachments of several practices, by slug, for the search index. */
  @Transactional
  public Map<String, List<String>> attachmentTexts(List<String> slugs) {
    return repository.attachmentTexts(slugs);
  }

  @Transactional
  public List<PracticeSummary> findByText(String text, int offset, int limit) {
    return views.summaries(repository.findByText(text, offset, limit));
  }

  @Transactional
  public long countByText(String text) {
    return repository.countByText(text);
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

  /** Queues every practice for indexing, for a new or rebuilt index. */
  @Transactional
  public int queueAllForIndexing() {
    List<String> slugs = repository.findAllSlugs();
    slugs.forEach(slug -> outbox.record(DOCUMENT_TYPE, slug, Operation.UPSERT));
    return slugs.size();
  }
}
