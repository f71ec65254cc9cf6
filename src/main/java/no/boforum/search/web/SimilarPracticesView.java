package no.boforum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.platform.web.FacesMessages;
import no.boforum.search.SimilarPractices;
import no.boforum.search.SimilarPractices.Similar;

/**
 * The "similar practices" section of the practice page. It lives with search, which knows
 * practices; the practice feature does not know search.
 */
@Named
@RequestScoped
public class SimilarPracticesView {
  @Inject SimilarPractices similar;
  private List<Similar> items;

  public List<Similar> getItems() {
    if (items == null) {
      items = similar.like(FacesMessages.request().getParameter("slug"));
    }
    return items;
  }
}
