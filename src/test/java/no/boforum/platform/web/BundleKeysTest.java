package no.boforum.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.boforum.event.EventEditing;
import no.boforum.event.EventFormat;
import no.boforum.event.EventState;
import no.boforum.event.Sectors;
import no.boforum.platform.StorageUnavailable;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeChanges;
import no.boforum.practice.attachment.AttachmentRefused;
import no.boforum.practice.search.PracticeFacets;
import no.boforum.search.SearchFacet;
import no.boforum.search.SearchSort;
import org.junit.jupiter.api.Test;

/** Every visible string exists in nb, nn and en, and every key a page uses exists. */
class BundleKeysTest {
  private static final String BASE = "no.boforum.i18n.messages";

  private static Set<String> keys(String language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language));
    assertEquals(language, bundle.getLocale().getLanguage(), "no bundle of its own: " + language);
    Set<String> keys = new TreeSet<>(bundle.keySet());
    keys.forEach(k -> assertFalse(bundle.getString(k).isBlank(), language + ": empty " + k));
    return keys;
  }

  @Test
  void theThreeLanguagesHaveTheSameKeys() {
    Set<String> nb = keys("nb");
    for (String other : Language.SUPPORTED) {
      Set<String> theirs = keys(other);
      Set<String> missing = new TreeSet<>(nb);
      missing.removeAll(theirs);
      Set<String> extra = new TreeSet<>(theirs);
      extra.removeAll(nb);
      assertTrue(missing.isEmpty(), other + " lacks " + missing);
      assertTrue(extra.isEmpty(), other + " has keys that bokmål lacks: " + extra);
    }
  }

  @Test
  void keysThatPagesBuildFromDataExist() {
    Set<String> nb = keys("nb");
    Set<String> needed = new TreeSet<>();
    for (EvidenceLevel level : EvidenceLevel.values()) {
      needed.add("evidence." + level.code());
      needed.add("evidence." + level.code() + ".explain");
    }
    Language.SUPPORTED.forEach(code -> needed.add("content.lang." + code));
    Language.SUPPORTED.forEach(code -> needed.add("lang." + code));
    for (String facet : PracticeFacets.PARAMETERS) {
      needed.add("facet." + facet);
    }
    needed.add("facet." + SearchFacet.TYPE);
    needed.add("search.kind." + PracticeChanges.KIND);
    for (SearchSort sort : SearchSort.values()) {
      needed.add("search.sort." + sort.parameter());
    }
    for (ActivityStatus status : ActivityStatus.values()) {
      needed.add("practice.status." + status.name());
    }
    for (AttachmentRefused.Reason reason : AttachmentRefused.Reason.values()) {
      needed.add(reason.messageKey());
    }
    for (EventFormat format : EventFormat.values()) {
      needed.add("event.format." + format.name());
    }
    for (EventState state : EventState.values()) {
      needed.add("event.state." + state.name());
    }
    // The moves the event page offers; closing has a page of its own.
    for (EventEditing.Transition move :
        List.of(EventEditing.Transition.PUBLISH, EventEditing.Transition.CANCEL)) {
      needed.add("event.transition." + move.name());
      needed.add("event.confirm." + move.name());
      needed.add("event.moved." + move.name());
    }
    Sectors.OWN.forEach(sector -> needed.add("event.sector." + sector));
    for (String list : List.of("upcoming", "past")) {
      needed.add("events.count." + list);
      needed.add("events.none." + list);
    }
    for (StorageUnavailable.Reason reason : StorageUnavailable.Reason.values()) {
      needed.add(reason.messageKey());
    }
    needed.removeAll(nb);
    assertTrue(needed.isEmpty(), "missing: " + needed);
  }

  @Test
  void everyMessageIsAValidPattern() {
    for (String language : Language.SUPPORTED) {
      ResourceBundle bundle = ResourceBundle.getBundle(BASE, Locale.forLanguageTag(language));
      for (String key : bundle.keySet()) {
        String pattern = bundle.getString(key);
        try {
          new MessageFormat(pattern, Locale.forLanguageTag(language)).format(new Object[] {2, 3});
        } catch (IllegalArgumentException e) {
          throw new AssertionError(
              language + ": " + key + " is not a valid message: " + pattern, e);
        }
      }
    }
  }

  @Test
  void everyLiteralKeyInTheViewsExists() throws IOException {
    Set<String> nb = keys("nb");
    Pattern literal = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> views = Files.walk(Path.of("src/main/webapp"))) {
      for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(view));
        while (m.find()) {
          if (!nb.contains(m.group(1)) && !m.group(1).endsWith(".")) {
            missing.add(view.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(missing.isEmpty(), "keys used in views but missing: " + missing);
  }
}
