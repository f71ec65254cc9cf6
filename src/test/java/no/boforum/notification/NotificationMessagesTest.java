package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import no.boforum.discussion.ModeratorAction;
import no.boforum.identity.MembershipChanged;
import no.boforum.platform.web.Language;
import org.junit.jupiter.api.Test;

/**
 * Every text a notification may be told with exists in nb, nn and en: each contributed kind's name
 * and line (and each variant's line), the deliveries, the digest's groups and its "and N more".
 */
class NotificationMessagesTest {
  /** The kinds the features contribute, as the running portal collects them. */
  static List<NotificationKind> kinds() throws Exception {
    List<NotificationKind> all = new ArrayList<>();
    for (String contributor :
        List.of(
            "no.boforum.practice.ReviewReminder",
            "no.boforum.event.EventCloseReminderJob",
            "no.boforum.discussion.DiscussionNotices",
            "no.boforum.search.saved.SavedSearchAlerts",
            "no.boforum.notification.MembershipNotices")) {
      var type = Class.forName(contributor).getDeclaredConstructor();
      type.setAccessible(true);
      all.addAll(((NotificationKinds) type.newInstance()).kinds());
    }
    return all;
  }

  @Test
  void everyTextOfEveryKindExistsInEveryLanguage() throws Exception {
    Set<String> needed = new TreeSet<>();
    List<NotificationKind> kinds = kinds();
    assertTrue(kinds.size() >= 9, kinds.toString());
    for (NotificationKind kind : kinds) {
      needed.add(kind.labelKey());
      if (!kind.name().equals("discussion.moderation")
          && !kind.name().equals("identity.membership")) {
        needed.add("notify.line." + kind.name());
      }
    }
    for (ModeratorAction action : ModeratorAction.values()) {
      needed.add("notify.line.discussion.moderation." + action.name());
    }
    needed.add("notify.line.discussion.moderation.FLAGGED");
    needed.add("notify.line.discussion.accepted.moderator");
    for (MembershipChanged.Change c : MembershipChanged.Change.values()) {
      if (c != MembershipChanged.Change.REQUESTED) {
        needed.add("notify.line.identity.membership." + c.name());
      }
    }
    for (Delivery d : Delivery.values()) {
      needed.add("notify.delivery." + d.name());
    }
    for (DigestPeriod p : DigestPeriod.values()) {
      needed.add("notify.digest." + p.name() + ".subject");
      needed.add("notify.digest." + p.name() + ".intro");
    }
    List<String> groups = new ArrayList<>(NotificationMails.GROUPS);
    groups.add("other");
    for (String group : groups) {
      needed.add("notify.group." + group);
      needed.add("notify.digest.moreSubjects." + group);
    }
    for (String language : Language.SUPPORTED) {
      ResourceBundle bundle =
          ResourceBundle.getBundle("no.boforum.i18n.messages", Locale.forLanguageTag(language));
      Set<String> missing = new TreeSet<>(needed);
      missing.removeAll(bundle.keySet());
      assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }
  }
}
