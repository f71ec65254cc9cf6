package no.boforum.practice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.GuardedLinks;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** Practice's links: the catalogue, one's organisations' practices, and the review queue. */
@ApplicationScoped
public class PracticeNavigation implements NavigationContributor {
  @Inject GuardedLinks links;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 20, "nav.practices", "/practices", () -> true),
        links.to(Menu.MY, 40, "nav.myPractices", "/my/practices"),
        links.to(Menu.MY, 60, "nav.review", "/my/review"));
  }
}
