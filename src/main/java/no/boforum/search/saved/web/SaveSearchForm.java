package no.boforum.search.saved.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchAction;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchQuery;
import no.boforum.search.saved.QueryParameters;
import no.boforum.search.saved.SavedSearchService;
import no.boforum.search.web.SearchView;

/**
 * The search page's "save this search" form ({@code WEB-INF/includes/save-search.xhtml}). The form
 * posts the search's own parameters as hidden fields, so the page answers a refused save with the
 * same search, and the saved search is read from the request as the search page reads it.
 */
@Named
@RequestScoped
public class SaveSearchForm {
  static final String FORM = "saveSearch";

  /** Flash attribute set after a save, read by the include on the search page it returns to. */
  static final String SAVED = "savedSearchSaved";

  @Inject SavedSearchService saved;
  @Inject SearchKinds kinds;
  @Inject Authorization authorization;
  @Inject Language language;
  @Inject SearchView searchView;
  private String name;

  /** The search's parameters, each as a hidden field. */
  public List<QueryParameters.Parameter> fields(String queryString) {
    return QueryParameters.pairs(queryString);
  }

  /** The login page, coming back to this search. */
  public String loginLink(String queryString) {
    return FacesMessages.request().getContextPath()
        + "/login?next="
        + URLEncoder.encode(searchPath(queryString), StandardCharsets.UTF_8);
  }

  /**
   * What the user typed, or at first the text of the search shown (its correction, if the page
   * corrected it), or a general name for filters alone.
   */
  public String getName() {
    if (name == null) {
      String text = searchView.getResult().searchedFor();
      name =
          text.isEmpty() ? Messages.format(language.getLocale(), "savedSearch.defaultName") : text;
    }
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String save() throws IOException {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String queryString = query().withPage(1).toQueryString();
    try {
      long me = authorization.require(SearchAction.KEEP_SAVED_SEARCHES).userId();
      saved.save(me, name, queryString);
      context.getFlash().put(SAVED, Boolean.TRUE);
      context.redirect(context.getRequestContextPath() + searchPath(queryString));
    } catch (InputProblem p) {
      // Every problem shows beside the one field of the form.
      FacesMessages.error(FORM + ":name", p.messageKey(), p.arguments());
    } catch (AccessDeniedException e) {
      // The session ended between showing the page and saving.
      context.redirect(loginLink(queryString));
    }
    return null;
  }

  private SearchQuery query() {
    return kinds.parse(FacesMessages.request()::getParameterValues, 1);
  }

  private static String searchPath(String queryString) {
    return "/search" + (queryString == null || queryString.isEmpty() ? "" : "?" + queryString);
  }
}
