package no.boforum.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** The board of needs and offers in the main menu, after the discussions. */
@ApplicationScoped
public class MatchingNavigation implements NavigationContributor {
  @Override
  public List<NavigationEntry> entries() {
    return List.of(new NavigationEntry(Menu.MAIN, 28, "nav.matching", "/matching", () -> true));
  }
}
