package no.boforum.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import no.boforum.identity.Action;
import no.boforum.identity.Caller;
import no.boforum.identity.Policy;

/**
 * Everyone logged in has notifications of their own, suspended or not (being told of a moderator's
 * decision matters most then); nobody reads another's. Unsubscribing by a mail's link needs no
 * login: its signed token is the permission.
 */
@ApplicationScoped
public class NotificationPolicy implements Policy<NotificationAction> {
  @Override
  public Class<NotificationAction> actions() {
    return NotificationAction.class;
  }

  @Override
  public boolean allows(Caller caller, NotificationAction action, Object resource) {
    return switch (action) {
      case READ_OWN -> true;
    };
  }

  @Override
  public Map<String, Action> pages() {
    return Map.of(
        "/my/notifications", NotificationAction.READ_OWN,
        "/my/notification-settings", NotificationAction.READ_OWN);
  }
}
