package no.boforum.discussion;

import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Caller;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.Policy;
import org.junit.jupiter.api.Test;

/**
 * Who takes part in discussions: anyone logged in posts; authors change their own posts only; the
 * asker or a moderator accepts answers. (Every caller of the table is user 42.)
 */
class DiscussionPolicyTest {
  static final List<Policy<?>> POLICIES = List.of(new DiscussionPolicy());
  static final long SOMEONE_ELSE = 7L;

  @Test
  void anyoneLoggedInParticipates() {
    //                                                        anon user memb edit oadm mod host
    // admin
    assertTable(POLICIES, Map.of(DiscussionAction.PARTICIPATE, "N A A A A A A A"), null);
  }

  @Test
  void authorsChangeTheirOwnPostsOnly() {
    assertTable(
        POLICIES,
        Map.of(DiscussionAction.CHANGE_POST, "N A A A A A A A"),
        new DiscussionPolicy.Author(42L));
    assertTable(
        POLICIES,
        Map.of(DiscussionAction.CHANGE_POST, "N F F F F F F A"),
        new DiscussionPolicy.Author(SOMEONE_ELSE));
  }

  @Test
  void theAskerOrAModeratorAccepts() {
    assertTable(
        POLICIES,
        Map.of(DiscussionAction.ACCEPT, "N A A A A A A A"),
        new DiscussionPolicy.Asker(42L));
    assertTable(
        POLICIES,
        Map.of(DiscussionAction.ACCEPT, "N F F F F A F A"),
        new DiscussionPolicy.Asker(SOMEONE_ELSE));
  }

  @Test
  void moderatorsModerate() {
    //                                                     anon user memb edit oadm mod host admin
    assertTable(POLICIES, Map.of(DiscussionAction.MODERATE, "N F F F F A F A"), null);
  }

  @Test
  void aSuspendedPersonTakesNoPartUntilTheSuspensionEnds() {
    DiscussionPolicy policy = new DiscussionPolicy();
    LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
    Caller suspended = suspended(now.plusDays(1));
    assertFalse(policy.allows(suspended, DiscussionAction.PARTICIPATE, null));
    assertFalse(
        policy.allows(suspended, DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(42L)));
    assertFalse(
        policy.allows(suspended, DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(42L)),
        "nor marks answers, not even to one's own question");
    Caller over = suspended(now.minusMinutes(1));
    assertTrue(policy.allows(over, DiscussionAction.PARTICIPATE, null));
    assertTrue(policy.allows(over, DiscussionAction.CHANGE_POST, new DiscussionPolicy.Author(42L)));
    assertTrue(policy.allows(over, DiscussionAction.ACCEPT, new DiscussionPolicy.Asker(42L)));
  }

  private static Caller suspended(LocalDateTime until) {
    return new Caller(
        42L, "S", "nb", Set.of(), Map.of(), LocalDateTime.of(2020, 1, 1, 0, 0), true, until);
  }

  @Test
  void theModerationPageIsTheModerators() {
    assertEquals(Map.of("/moderation", DiscussionAction.MODERATE), new DiscussionPolicy().pages());
  }

  @Test
  void aResourceOfTheWrongKindAllowsNothing() {
    DiscussionPolicy policy = new DiscussionPolicy();
    Caller moderator = new Caller(42L, "M", "nb", Set.of(GlobalRole.MODERATOR), Map.of());
    assertFalse(policy.allows(moderator, DiscussionAction.ACCEPT, null));
    assertFalse(policy.allows(moderator, DiscussionAction.CHANGE_POST, 42L));
    assertFalse(
        policy.allows(moderator, DiscussionAction.CHANGE_POST, new DiscussionPolicy.Asker(42L)));
  }
}
