package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.event.ClosingReport;
import no.boforum.event.ClosingReport.FindingView;
import no.boforum.event.EventClosing;
import no.boforum.event.FindingActions;
import no.boforum.event.FindingLinks;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.NotFound;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.web.FacesMessages;

/**
 * A closed forum's report on its page: how many came, which organisations and sectors, the report
 * and the findings; for editors of an organisation that was there, the way from a finding to a new
 * practice draft or to "we will try this" on a practice it links.
 */
@Named
@RequestScoped
public class EventReportView {
  @Inject EventClosing closing;
  @Inject FindingActions actions;
  @Inject CurrentCaller caller;
  @Inject OrganisationService organisations;
  @Inject MarkdownRenderer markdown;
  @Inject Instance<FindingLinks> linkSources;

  private final Map<String, Optional<ClosingReport>> reports = new HashMap<>();
  private Long organisation;

  public ClosingReport report(String slug) {
    return reports.computeIfAbsent(slug, closing::report).orElse(null);
  }

  public String reportHtml(String slug) {
    ClosingReport r = report(slug);
    return r == null || r.report() == null ? null : markdown.toSafeHtml(r.report());
  }

  /** The caller's organisations that were at the forum and that they edit for. */
  public List<OrganisationDetails> actingFor(String slug) {
    ClosingReport r = report(slug);
    if (r == null || !caller.get().isAuthenticated()) {
      return List.of();
    }
    List<Long> present =
        r.organisations().stream()
            .map(o -> o.id())
            .filter(id -> caller.get().holds(MembershipRole.EDITOR, id))
            .toList();
    return organisations.byIds(present).values().stream()
        .sorted(Comparator.comparing(OrganisationDetails::name))
        .toList();
  }

  /** Where the finding can lead in other features, for this caller. */
  public List<FindingLinks.Link> links(FindingView finding) {
    List<FindingLinks.Link> links = new ArrayList<>();
    for (FindingLinks source : linkSources) {
      links.addAll(source.of(finding));
    }
    return links;
  }

  public String startPractice(String slug, long finding) throws IOException {
    try {
      String practice = actions.startPractice(slug, finding, requireOrganisation());
      FacesMessages.flash("event.finding.draftStarted");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/practices/" + practice + "/edit");
    } catch (InputProblem | Conflict | AccessDeniedException | NotFound e) {
      problem(e);
    }
    return null;
  }

  public String tryPractice(String slug, long finding, String practice) throws IOException {
    try {
      actions.tryPractice(slug, finding, practice, requireOrganisation());
      FacesMessages.flash("event.finding.adoptionReported");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/practices/" + practice);
    } catch (InputProblem | Conflict | AccessDeniedException | NotFound e) {
      problem(e);
    }
    return null;
  }

  private long requireOrganisation() {
    if (organisation == null) {
      throw new InputProblem("organisation", "event.finding.notPresent");
    }
    return organisation;
  }

  private static void problem(RuntimeException e) {
    if (e instanceof InputProblem p) {
      FacesMessages.error(null, p.messageKey(), p.arguments());
    } else if (e instanceof Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } else {
      FacesMessages.error(null, "error.forbidden.text");
    }
  }

  public Long getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Long organisation) {
    this.organisation = organisation;
  }
}
