package no.boforum.search.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchAction;
import no.boforum.search.SearchReindex;
import no.boforum.search.SearchReindex.Progress;

/** {@code /admin/search-index}: rebuild the search index and follow its progress. */
@Named
@RequestScoped
public class SearchIndexView {
  @Inject SearchReindex reindex;
  @Inject Authorization authorization;
  @Inject Language language;

  /** A moment in Norwegian time, in the page's language. */
  public String when(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.MEDIUM)
            .withLocale(language.getLocale())
            .withZone(ZoneId.of("Europe/Oslo"))
            .format(instant);
  }

  public Progress getProgress() {
    return reindex.progress();
  }

  public String rebuild() {
    try {
      authorization.require(SearchAction.ADMINISTER_INDEX);
      FacesMessages.flash(
          reindex.start(Optional.empty()) ? "admin.index.started.flash" : "admin.index.notStarted");
      return "/admin/search-index?faces-redirect=true";
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
      return null;
    }
  }
}
