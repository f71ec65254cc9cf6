package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import no.boforum.identity.OrganisationChanged;
import no.boforum.platform.outbox.ContentChanged;
import no.boforum.platform.pagecache.PageCache;

/**
 * Announces that a practice changed, once, in the changing transaction: the search index (through
 * the outbox) and any later listener learn of it from this one event.
 */
@ApplicationScoped
public class PracticeChanges {
  /** The kind's name in announcements and in search. */
  public static final String KIND = "practice";

  @Inject Event<ContentChanged> changed;
  @Inject PracticeRepository repository;
  @Inject PageCache pages;

  @Transactional(TxType.MANDATORY)
  public void announce(String slug) {
    changed.fire(ContentChanged.of(KIND, slug));
  }

  /** The index keeps the owner's name: each of its practices is announced when that changes. */
  void organisationChanged(@Observes OrganisationChanged c) {
    repository.slugsOwnedBy(c.organisationId()).forEach(this::announce);
    // Its name also shows on other practices' pages (as a partner), which name no change of theirs.
    pages.everythingMayHaveChanged();
  }
}
