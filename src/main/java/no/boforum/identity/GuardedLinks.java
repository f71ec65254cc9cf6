package no.boforum.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationEntry;

/**
 * Menu entries for pages in a guarded area: each shows exactly when {@link Authorization#mayOpen}
 * would let the caller open its page, so a menu never offers a refusal.
 */
@ApplicationScoped
public class GuardedLinks {
  @Inject Authorization authorization;

  public NavigationEntry to(Menu menu, int order, String labelKey, String address) {
    return new NavigationEntry(
        menu, order, labelKey, address, () -> authorization.mayOpen(address));
  }
}
