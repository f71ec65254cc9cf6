package no.boforum.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import no.boforum.identity.OrganisationChanged;
import no.boforum.platform.outbox.ContentChanged;

/**
 * Announces, once and in the changing transaction, that a need or an offer changed; also each of an
 * organisation's postings when what they show of it (its name, its kind of actor) changed.
 */
@ApplicationScoped
public class MatchingChanges {
  /** The kind's name in announcements and in search. */
  public static final String KIND = "matching";

  @Inject Event<ContentChanged> changed;
  @Inject MatchingRepository repository;

  @Transactional(TxType.MANDATORY)
  public void announce(long postingId) {
    changed.fire(ContentChanged.of(KIND, String.valueOf(postingId)));
  }

  void organisationChanged(@Observes OrganisationChanged c) {
    repository.idsOfOrganisation(c.organisationId()).forEach(this::announce);
  }
}
