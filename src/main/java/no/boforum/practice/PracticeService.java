package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.platform.outbox.OutboxEntry.Operation;
import no.boforum.platform.outbox.SearchOutbox;

/** Use cases on practices. Every change also records a search outbox row, in one transaction. */
@ApplicationScoped
public class PracticeService {
  public static final String DOCUMENT_TYPE = "practice";

  /** What an import did with one practice. */
  public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  @Inject PracticeRepository repository;
  @Inject SearchOutbox outbox;
  Clock clock = Clock.systemUTC();

  /**
   * Creates or updates the practice with {@code data.slug()}. A source whose hash matches the
   * stored one changes nothing, so importing the same content twice writes nothing.
   */
  @Transactional
  public ImportOutcome importPractice(PracticeData data, String sourceHash) {
    LocalDateTime now = LocalDateTime.now(clock);
    Optional<Practice> existing = repository.findBySlug(data.slug());
    if (existing.isPresent() && sourceHash.equals(existing.get().getSourceHash())) {
      return ImportOutcome.UNCHANGED;
    }
    Practice practice = existing.orElseGet(() -> new Practice(data.slug(), now));
    practice.update(data, now);
    practice.setSourceHash(sourceHash);
    if (existing.isEmpty()) {
      repository.persist(practice);
    }
    outbox.record(DOCUMENT_TYPE, practice.getSlug(), Operation.UPSERT);
    return existing.isPresent() ? ImportOutcome.UPDATED : ImportOutcome.CREATED;
  }

  @Transactional
  public Optional<PracticeDetails> findBySlug(String slug) {
    return repository.findBySlug(slug).map(PracticeDetails::of);
  }

  @Transactional
  public List<PracticeSummary> latest(int offset, int limit) {
    return repository.findPage(offset, limit).stream().map(PracticeSummary::of).toList();
  }

  @Transactional
  public long count() {
    return repository.count();
  }

  @Transactional
  public List<PracticeDetails> findBySlugs(List<String> slugs) {
    return repository.findBySlugs(slugs).stream().map(PracticeDetails::of).toList();
  }

  @Transactional
  public List<PracticeSummary> findByText(String text, int offset, int limit) {
    return repository.findByText(text, offset, limit).stream().map(PracticeSummary::of).toList();
  }

  @Transactional
  public long countByText(String text) {
    return repository.countByText(text);
  }

  /** Queues every practice for indexing, for a new or rebuilt index. */
  @Transactional
  public int queueAllForIndexing() {
    List<String> slugs = repository.findAllSlugs();
    slugs.forEach(slug -> outbox.record(DOCUMENT_TYPE, slug, Operation.UPSERT));
    return slugs.size();
  }
}
