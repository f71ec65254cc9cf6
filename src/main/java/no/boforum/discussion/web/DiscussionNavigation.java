package no.boforum.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** Discussions' link in the main menu, after the events. */
@ApplicationScoped
public class DiscussionNavigation implements NavigationContributor {
  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 27, "nav.discussions", "/discussions", () -> true));
  }
}
