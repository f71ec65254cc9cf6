package no.boforum.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.practice.PracticeAction;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;

/**
 * {@code /my/review}: submitted practices for reviewers, the longest waiting first. Others get the
 * forbidden page, as on the other guarded pages.
 */
@Named
@RequestScoped
public class ReviewQueueView {
  @Inject PracticeService practices;
  @Inject Authorization authorization;
  private List<PracticeSummary> items = List.of();

  @PostConstruct
  void init() {
    if (authorization.allows(PracticeAction.REVIEW)) {
      items = practices.reviewQueue();
    }
  }

  /** The view action: 403 for those who do not review (the /my/ filter has made them log in). */
  public void check() throws IOException {
    if (!authorization.allows(PracticeAction.REVIEW)) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public List<PracticeSummary> getItems() {
    return items;
  }
}
