package no.boforum.notification;

import no.boforum.identity.Action;

/** What notifications guard; {@link NotificationPolicy} decides it. */
public enum NotificationAction implements Action {
  /** Read one's own notifications, mark them read, choose how to hear of each kind. */
  READ_OWN
}
