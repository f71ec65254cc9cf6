package no.boforum.matching;

import static no.boforum.testsupport.DecisionTable.OTHER;
import static no.boforum.testsupport.DecisionTable.OWN;
import static no.boforum.testsupport.DecisionTable.assertTable;

import java.util.List;
import java.util.Map;
import no.boforum.identity.Policy;
import org.junit.jupiter.api.Test;

/** Who writes needs and offers: the owning organisation's editors and administrators. */
class MatchingPolicyTest {
  static final List<Policy<?>> POLICIES = List.of(new MatchingPolicy());

  @Test
  void theOwnersEditorsWrite() {
    //                                                  anon user memb edit oadm mod host admin
    assertTable(POLICIES, Map.of(MatchingAction.WRITE, "N F F A A F F A"), OWN);
    assertTable(POLICIES, Map.of(MatchingAction.WRITE, "N F F F F F F A"), OTHER);
  }
}
