package no.boforum.matching.conversation;

import static no.boforum.testsupport.DecisionTable.OTHER;
import static no.boforum.testsupport.DecisionTable.OWN;
import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Caller;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;
import no.boforum.testsupport.DecisionTable;
import org.junit.jupiter.api.Test;

/**
 * Who sees a conversation: the two organisations' editors; moderators once it is flagged; an
 * administrator, whom Authorization lets through, only as a party or once flagged.
 */
class ConversationPolicyTest {
  static final List<Policy<?>> POLICIES = List.of(new ConversationPolicy());
  static final long THIRD = 3L;

  @Test
  void theOwnOrganisationsEditorsTakePartWhenItIsTheirs() {
    Parties mine = new Parties(OWN, OTHER, false);
    Parties theirs = new Parties(OTHER, THIRD, false);
    //                                                        anon user memb edit oadm mod host
    // admin
    assertTable(POLICIES, Map.of(ConversationAction.READ, "N F F A A F F A"), mine);
    assertTable(POLICIES, Map.of(ConversationAction.TAKE_PART, "N F F A A F F A"), mine);
    assertTable(POLICIES, Map.of(ConversationAction.READ, "N F F F F F F A"), theirs);
    assertTable(POLICIES, Map.of(ConversationAction.TAKE_PART, "N F F F F F F A"), theirs);
  }

  @Test
  void moderatorsReadOnlyWhatIsFlagged() {
    Parties flagged = new Parties(OTHER, THIRD, true);
    assertTable(POLICIES, Map.of(ConversationAction.READ, "N F F F F A F A"), flagged);
    assertTable(POLICIES, Map.of(ConversationAction.TAKE_PART, "N F F F F F F A"), flagged);
    assertTable(POLICIES, Map.of(ConversationAction.MODERATE, "N F F F F A F A"), null);
  }

  @Test
  void anEditorGetsInTouchForTheirOrganisationAboutAnotherOnesPosting() {
    // The own organisation writes about the other's posting; never about its own.
    assertTable(
        POLICIES,
        Map.of(ConversationAction.START, "N F F A A F F A"),
        new Parties(OTHER, OWN, false));
    assertTable(
        POLICIES,
        Map.of(ConversationAction.START, "N F F F F F F A"),
        new Parties(OWN, OWN, false));
    assertTable(
        POLICIES,
        Map.of(ConversationAction.START, "N F F F F F F A"),
        new Parties(OWN, OTHER, false));
  }

  @Test
  void aSuspendedEditorReadsButDoesNotWrite() {
    Caller suspended =
        new Caller(
            7L,
            "Utestengd",
            "nb",
            Set.of(),
            Map.of(OWN, MembershipRole.EDITOR),
            null,
            false,
            java.time.LocalDateTime.now().plusDays(1));
    ConversationPolicy policy = new ConversationPolicy();
    Parties mine = new Parties(OWN, OTHER, false);
    assertEquals(true, policy.allows(suspended, ConversationAction.READ, mine));
    assertEquals(false, policy.allows(suspended, ConversationAction.TAKE_PART, mine));
    assertEquals(
        false, policy.allows(suspended, ConversationAction.START, new Parties(OTHER, OWN, false)));
  }

  @Test
  void anAdministratorIsAskedAgainAsAModerator() {
    ConversationPolicy policy = new ConversationPolicy();
    Caller admin = new Caller(9L, "Ada", "nb", Set.of(GlobalRole.ADMINISTRATOR), Map.of());
    Caller adminAndEditor =
        new Caller(
            9L, "Ada", "nb", Set.of(GlobalRole.ADMINISTRATOR), Map.of(OWN, MembershipRole.EDITOR));
    Parties quiet = new Parties(OWN, OTHER, false);
    Parties flagged = new Parties(OWN, OTHER, true);
    assertEquals(false, policy.allowsEvenAdministrators(admin, ConversationAction.READ, quiet));
    assertEquals(true, policy.allowsEvenAdministrators(admin, ConversationAction.READ, flagged));
    assertEquals(
        false, policy.allowsEvenAdministrators(admin, ConversationAction.TAKE_PART, flagged));
    assertEquals(
        true, policy.allowsEvenAdministrators(adminAndEditor, ConversationAction.TAKE_PART, quiet));
    assertEquals(DecisionTable.CALLERS.size(), 8, "the table's columns, as the rows above assume");
  }
}
