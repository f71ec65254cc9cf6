package no.boforum.matching.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.matching.conversation.ConversationAction;
import no.boforum.platform.web.nav.Menu;
import no.boforum.platform.web.nav.NavigationContributor;
import no.boforum.platform.web.nav.NavigationEntry;

/**
 * The board of needs and offers in the main menu, after the discussions; for the moderators, the
 * flagged conversations in the account menu, after the discussions' moderation.
 */
@ApplicationScoped
public class MatchingNavigation implements NavigationContributor {
  @Inject Authorization authorization;

  @Override
  public List<NavigationEntry> entries() {
    return List.of(
        new NavigationEntry(Menu.MAIN, 28, "nav.matching", "/matching", () -> true),
        new NavigationEntry(
            Menu.MY,
            66,
            "nav.matchingFlagged",
            "/matching/conversations/flagged",
            () -> authorization.allows(ConversationAction.MODERATE)));
  }
}
