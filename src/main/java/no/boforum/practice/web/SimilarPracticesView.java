package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.platform.web.FacesMessages;
import no.boforum.practice.search.PracticeSearchKind;
import no.boforum.search.SimilarDocuments;
import no.boforum.search.SimilarDocuments.Similar;

/** The "similar practices" section of the practice page, from search's more-like-this. */
@Named
@RequestScoped
public class SimilarPracticesView {
  @Inject SimilarDocuments similar;
  private List<Similar> items;

  public List<Similar> getItems() {
    if (items == null) {
      items = similar.like(PracticeSearchKind.NAME, FacesMessages.request().getParameter("slug"));
    }
    return items;
  }
}
