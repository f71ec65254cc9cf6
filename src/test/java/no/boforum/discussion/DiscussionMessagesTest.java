package no.boforum.discussion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import no.boforum.discussion.DiscussionMarks.Level;
import no.boforum.platform.web.Language;
import org.junit.jupiter.api.Test;

/** The keys the discussion pages build from data exist in every language. */
class DiscussionMessagesTest {
  @Test
  void keysBuiltFromDataExist() {
    Set<String> needed = new TreeSet<>();
    for (ThreadKind kind : ThreadKind.values()) {
      needed.add("discussion.kind." + kind.name());
      needed.add("discussion.kind." + kind.name() + ".explain");
    }
    for (ThreadFilter filter : ThreadFilter.values()) {
      needed.add("discussions.tab." + filter.name());
      needed.add("discussions.none." + filter.name());
    }
    for (String level : new String[] {Level.FOLLOWING.name(), Level.MUTED.name(), "NONE"}) {
      needed.add("discussion.reading." + level);
      needed.add("discussion.reading.now." + level);
    }
    for (String field : new String[] {"kind", "filter", "level"}) {
      needed.add("discussion." + field + "Unknown");
    }
    needed.add("discussion.solvedFacet.solved");
    needed.add("discussion.solvedFacet.open");
    needed.add("facet.category");
    needed.add("facet.solved");
    needed.add("search.kind." + DiscussionChanges.KIND);
    needed.add("nav.discussions");
    needed.add("nav.moderation");
    for (FlagReason reason : FlagReason.values()) {
      needed.add("discussion.flag.reason." + reason.name());
    }
    for (PostState state : PostState.values()) {
      needed.add("moderation.state." + state.name());
    }
    for (ModeratorAction action : ModeratorAction.values()) {
      needed.add("moderation.action." + action.name());
      needed.add("moderation.done." + action.name());
      needed.add("notify.line.discussion.moderation." + action.name());
    }
    for (Standing standing : new Standing[] {Standing.NEW, Standing.ESTABLISHED}) {
      needed.add("discussion.rateLimited." + standing.name());
    }
    for (String type :
        new String[] {
          "POST_FLAG_HIDDEN", "POST_KEPT", "POST_HIDDEN", "POST_EDITED_BY_MODERATOR",
          "POST_DELETED_BY_MODERATOR", "POST_APPROVED", "POST_REFUSED", "USER_WARNED",
          "USER_SUSPENDED", "THREAD_MODERATED"
        }) {
      needed.add("audit." + type);
    }
    for (String field : new String[] {"reason", "action"}) {
      needed.add("discussion." + field + "Unknown");
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
