package no.boforum.event.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.GuardedLinks;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** Events' links: the calendar in the main menu, one's own events in the account menu. */
@ApplicationScoped
public class EventNavigation implements NavigationContributor {
  @Inject GuardedLinks links;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 25, "nav.events", "/events", () -> true),
        links.to(Menu.MY, 45, "nav.myEvents", "/my/events"));
  }
}
