package no.boforum.search.saved.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchAction;
import no.boforum.search.saved.SavedSearchService;
import no.boforum.search.saved.SavedSearchSummary;
import no.boforum.search.saved.UnknownSavedSearchException;

/** {@code /my/searches}: the caller's saved searches, their alerts on or off, and deleting them. */
@Named
@RequestScoped
public class SavedSearchesView {
  private static final String BACK = "/my/searches?faces-redirect=true";

  /** One saved search as the page lists it. */
  public record Item(
      long id, String name, String link, String description, String created, boolean alert) {}

  @Inject SavedSearchService saved;
  @Inject Authorization authorization;
  @Inject Language language;
  @Inject SearchDescriptions descriptions;
  private List<Item> items;

  public List<Item> getItems() {
    if (items == null) {
      items = saved.list(me()).stream().map(this::item).toList();
    }
    return items;
  }

  /** Turns the alert of the form's saved search on or off, as the form says. */
  public String setAlert() {
    boolean on = Boolean.parseBoolean(FacesMessages.request().getParameter("alert"));
    try {
      SavedSearchSummary s = saved.update(me(), chosen(), null, on);
      FacesMessages.flash(on ? "savedSearch.alertOn.done" : "savedSearch.alertOff.done", s.name());
    } catch (UnknownSavedSearchException e) {
      FacesMessages.flash("savedSearch.gone");
    }
    return BACK;
  }

  public String delete() {
    try {
      FacesMessages.flash("savedSearch.deleted", saved.delete(me(), chosen()).name());
    } catch (UnknownSavedSearchException e) {
      FacesMessages.flash("savedSearch.gone");
    }
    return BACK;
  }

  /** The saved search a form names in its hidden field (not the row's index: lists change). */
  private static long chosen() {
    String id = FacesMessages.request().getParameter("savedSearch");
    try {
      return Long.parseLong(id == null ? "" : id.strip());
    } catch (NumberFormatException e) {
      throw new UnknownSavedSearchException(-1);
    }
  }

  private Item item(SavedSearchSummary s) {
    String query = s.queryString();
    return new Item(
        s.id(),
        s.name(),
        FacesMessages.request().getContextPath() + "/search" + (query.isEmpty() ? "" : "?" + query),
        descriptions.describe(query),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.getLocale())
            .format(
                s.createdAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of("Europe/Oslo"))),
        s.alert());
  }

  private long me() {
    return authorization.require(SearchAction.KEEP_SAVED_SEARCHES).userId();
  }
}
