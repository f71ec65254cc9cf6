package no.boforum.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.GuardedLinks;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** Search's links: the search page, one's saved searches, and the index's administration. */
@ApplicationScoped
public class SearchNavigation implements NavigationContributor {
  @Inject GuardedLinks links;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 30, "nav.search", "/search", () -> true),
        links.to(Menu.MY, 50, "savedSearch.mine", "/my/searches"),
        links.to(Menu.ADMIN, 40, "admin.insight.title", "/admin/search-insight"),
        links.to(Menu.ADMIN, 50, "admin.index.title", "/admin/search-index"));
  }
}
