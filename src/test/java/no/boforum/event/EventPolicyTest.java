package no.boforum.event;

import static no.boforum.testsupport.DecisionTable.OTHER;
import static no.boforum.testsupport.DecisionTable.OWN;
import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Caller;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;
import org.junit.jupiter.api.Test;

/**
 * Who hosts and runs events (decision 0012): editors of verified organisations for them, event
 * hosts for organisations they belong to, editors of co-hosts; anyone logged in registers.
 */
class EventPolicyTest {
  static final List<Policy<?>> POLICIES = List.of(new EventPolicy());

  @Test
  void hostingForOnesOwnVerifiedOrganisation() {
    //                                                        anon user memb edit oadm mod host
    // admin
    assertTable(
        POLICIES, Map.of(EventAction.HOST, "N F F A A F F A"), new EventPolicy.Host(OWN, true));
    assertTable(POLICIES, Map.of(EventAction.REGISTER, "N A A A A A A A"), null);
  }

  @Test
  void anUnverifiedOrganisationsEditorsHostNothing() {
    assertTable(
        POLICIES, Map.of(EventAction.HOST, "N F F F F F F A"), new EventPolicy.Host(OWN, false));
    assertTable(
        POLICIES, Map.of(EventAction.HOST, "N F F F F F F A"), new EventPolicy.Host(OTHER, true));
  }

  @Test
  void runningAnEventAsHostOrCoHost() {
    assertTable(
        POLICIES,
        Map.of(EventAction.MANAGE, "N F F A A F F A"),
        new EventPolicy.Hosts(OWN, true, Set.of()));
    assertTable(
        POLICIES,
        Map.of(EventAction.MANAGE, "N F F A A F F A"),
        new EventPolicy.Hosts(OTHER, true, Set.of(OWN)));
    assertTable(
        POLICIES,
        Map.of(EventAction.MANAGE, "N F F F F F F A"),
        new EventPolicy.Hosts(OTHER, true, Set.of()));
  }

  @Test
  void anEventHostHostsForAnyOrganisationTheyBelongTo() {
    EventPolicy policy = new EventPolicy();
    Caller husbanken =
        new Caller(
            7L, "Hanne", "nb", Set.of(GlobalRole.EVENT_HOST), Map.of(OWN, MembershipRole.MEMBER));
    assertTrue(policy.allows(husbanken, EventAction.HOST, new EventPolicy.Host(OWN, false)));
    assertTrue(
        policy.allows(husbanken, EventAction.MANAGE, new EventPolicy.Hosts(OWN, false, Set.of())));
    assertFalse(policy.allows(husbanken, EventAction.HOST, new EventPolicy.Host(OTHER, true)));
    assertFalse(policy.allows(husbanken, EventAction.HOST, null), "a host needs an organisation");
  }
}
