package no.boforum.platform.web.nav;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The shell's own link: the front page, first in the main menu. */
@ApplicationScoped
public class ShellNavigation implements NavigationContributor {
  @Override
  public List<NavigationEntry> entries() {
    return List.of(new NavigationEntry(Menu.MAIN, 0, "nav.home", "/", () -> true));
  }
}
