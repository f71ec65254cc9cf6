package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.event.ClosingReport.FindingView;
import no.boforum.event.FindingKind;
import no.boforum.event.FindingLinks;

/**
 * Under a forum's finding of what municipalities want, for those who may post a need: "Make this a
 * need", which opens the form for a need prefilled from the finding.
 */
@RequestScoped
public class FindingNeedLinks implements FindingLinks {
  @Inject MatchingChoices choices;

  @Override
  public List<Link> of(FindingView finding) {
    if (finding.kind() != FindingKind.MUNICIPALITIES_WANT || !choices.isMayPost()) {
      return List.of();
    }
    return List.of(
        new Link(
            "matching.finding.makeNeed", "matching/new?side=need&fromFinding=" + finding.id()));
  }
}
