package no.boforum.notification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.boforum.discussion.ModeratorAction;
import no.boforum.identity.MembershipChanged;
import no.boforum.platform.web.Language;
import org.junit.jupiter.api.Test;

/**
 * Every text a notification may be told with exists in nb, nn and en: each contributed kind's name
 * and line (and each variant's line), the deliveries, the digest's groups and its "and N more".
 */
class NotificationMessagesTest {
  /**
   * The kinds every contributor among the portal's classes declares (each class implementing {@link
   * NotificationKinds}, found in the compiled classes, so that a new feature's kinds are checked
   * without a change here).
   */
  static List<NotificationKind> kinds() throws Exception {
    Path root =
        Path.of(
            NotificationKinds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names;
    try (Stream<Path> files = Files.walk(root)) {
      names =
          files
              .map(f -> root.relativize(f).toString())
              .filter(f -> f.endsWith(".class") && !f.contains("$"))
              .map(f -> f.substring(0, f.length() - 6).replace(java.io.File.separatorChar, '.'))
              .sorted()
              .toList();
    }
    List<NotificationKind> all = new ArrayList<>();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, NotificationKinds.class.getClassLoader());
      if (NotificationKinds.class.isAssignableFrom(type)
          && !type.isInterface()
          && !Modifier.isAbstract(type.getModifiers())) {
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        all.addAll(((NotificationKinds) constructor.newInstance()).kinds());
      }
    }
    return all;
  }

  @Test
  void everyTextOfEveryKindExistsInEveryLanguage() throws Exception {
    Set<String> needed = new TreeSet<>();
    List<NotificationKind> kinds = kinds();
    assertTrue(kinds.size() >= 12, kinds.toString());
    Set<String> withVariantsOnly =
        Set.of(
            "discussion.moderation", "identity.membership", "event.registration", "event.change");
    for (NotificationKind kind : kinds) {
      needed.add(kind.labelKey());
      if (!withVariantsOnly.contains(kind.name())) {
        needed.add("notify.line." + kind.name());
      }
    }
    for (String variant :
        List.of("confirmed", "waiting", "promoted", "offered", "offer-lapsed", "removed")) {
      needed.add("notify.line.event.registration." + variant);
    }
    needed.add("notify.line.event.change.moved");
    needed.add("notify.line.event.change.cancelled");
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
