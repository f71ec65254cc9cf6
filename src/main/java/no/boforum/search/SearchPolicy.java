package no.boforum.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.boforum.identity.Action;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.Policy;

/**
 * The rules about search: everyone logged in keeps saved searches of their own; the index is for
 * those who may enter {@link Area#INDEX_ADMINISTRATION} (administrators today).
 */
@ApplicationScoped
public class SearchPolicy implements Policy<SearchAction> {
  @Override
  public Class<SearchAction> actions() {
    return SearchAction.class;
  }

  @Override
  public boolean allows(Caller caller, SearchAction action, Object resource) {
    return switch (action) {
      case KEEP_SAVED_SEARCHES -> true;
      case ADMINISTER_INDEX -> Area.INDEX_ADMINISTRATION.admits(caller);
    };
  }

  @Override
  public Map<String, Action> pages() {
    return Map.of(
        "/admin/search-index", SearchAction.ADMINISTER_INDEX,
        "/admin/search-insight", SearchAction.ADMINISTER_INDEX,
        "/my/searches", SearchAction.KEEP_SAVED_SEARCHES);
  }
}
