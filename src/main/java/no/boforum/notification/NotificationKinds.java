package no.boforum.notification;

import java.util.List;

/**
 * The kinds of notification a feature sends: a CDI bean of the feature, found by {@link
 * NotificationCatalogue}, so that a new feature's notifications need no change here.
 */
public interface NotificationKinds {
  /** The feature's kinds, in the order its preferences are listed. */
  List<NotificationKind> kinds();

  /** Where the feature's kinds come in the preferences page, low first; features leave gaps. */
  int order();
}
