package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.matching.PostingDetails.PracticeRef;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;

/**
 * The choices of the form for a need or an offer: the organisations the caller writes for (an
 * administrator: all), and the published practices an offer may build on.
 */
@Named
@RequestScoped
public class MatchingChoices {
  @Inject CurrentCaller current;
  @Inject OrganisationService organisations;
  @Inject PracticeRepository practices;

  private List<OrganisationDetails> writable;

  public List<OrganisationDetails> getWritable() {
    if (writable == null) {
      Caller caller = current.get();
      if (!caller.isAuthenticated() || caller.isSuspended()) {
        writable = List.of();
      } else if (caller.isAdministrator()) {
        writable = organisations.all();
      } else {
        writable =
            organisations
                .byIds(
                    caller.memberships().keySet().stream()
                        .filter(id -> caller.holds(MembershipRole.EDITOR, id))
                        .toList())
                .values()
                .stream()
                .sorted(Comparator.comparing(OrganisationDetails::name))
                .toList();
      }
    }
    return writable;
  }

  public boolean isMayPost() {
    return !getWritable().isEmpty();
  }

  @Transactional
  public List<PracticeRef> getPractices() {
    return practices.findByState(PracticeState.PUBLISHED).stream()
        .map(p -> new PracticeRef(p.getSlug(), p.getTitle()))
        .sorted(Comparator.comparing(PracticeRef::title))
        .toList();
  }
}
