package no.boforum.notification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.GuardedLinks;
import no.boforum.notification.Inbox;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/** The bell: "Notifications" in the account menu with the count of unread ones. */
@ApplicationScoped
public class NotificationNavigation implements NavigationContributor {
  @Inject GuardedLinks links;
  @Inject CurrentCaller current;
  @Inject Inbox inbox;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        links
            .to(Menu.MY, 25, "notify.bell", "/my/notifications")
            .counting(
                () -> {
                  Long me = current.get().userId();
                  return me == null ? 0 : inbox.unread(me);
                }));
  }
}
