package no.boforum.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.GuardedLinks;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/**
 * Identity's links: organisations in the main menu; logging in, or one's own organisations and
 * profile, in the account menu; and the administration of organisations, users, taxonomies and the
 * security log.
 */
@ApplicationScoped
public class IdentityNavigation implements NavigationContributor {
  @Inject CurrentCaller current;
  @Inject GuardedLinks links;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 40, "nav.organisations", "/organisations", () -> true),
        new NavigationEntry(Menu.MY, 10, "login.title", "/login", this::anonymous),
        new NavigationEntry(Menu.MY, 20, "register.title", "/register", this::anonymous),
        links.to(Menu.MY, 30, "nav.myOrganisations", "/my/organisations"),
        links.to(Menu.MY, 70, "nav.profile", "/my/profile"),
        links.to(Menu.ADMIN, 10, "admin.organisations.title", "/admin/organisations"),
        links.to(Menu.ADMIN, 20, "admin.users.title", "/admin/users"),
        links.to(Menu.ADMIN, 30, "admin.taxonomies.title", "/admin/taxonomies"),
        links.to(Menu.ADMIN, 60, "admin.audit.title", "/admin/audit"));
  }

  private boolean anonymous() {
    return !current.get().isAuthenticated();
  }
}
