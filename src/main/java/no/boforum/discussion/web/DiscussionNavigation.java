package no.boforum.discussion.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.GuardedLinks;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/**
 * Discussions' link in the main menu, after the events; the moderators' queue in the account menu,
 * after the practices' review queue.
 */
@ApplicationScoped
public class DiscussionNavigation implements NavigationContributor {
  @Inject GuardedLinks links;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 27, "nav.discussions", "/discussions", () -> true),
        links.to(Menu.MY, 65, "nav.moderation", "/moderation"));
  }
}
