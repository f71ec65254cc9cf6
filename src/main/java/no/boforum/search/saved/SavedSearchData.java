package no.boforum.search.saved;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.identity.PersonalData;

/** A person's saved searches in "download my data". */
@ApplicationScoped
public class SavedSearchData implements PersonalData {
  @Inject SavedSearchService searches;

  @Override
  public String section() {
    return "savedSearches";
  }

  @Override
  public Object of(long userId) {
    return searches.list(userId);
  }
}
