package no.boforum.practice;

import static no.boforum.testsupport.DecisionTable.OTHER;
import static no.boforum.testsupport.DecisionTable.OWN;
import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Policy;
import org.junit.jupiter.api.Test;

/** Practice's rule table: editors change, members see unpublished, moderators review. */
class PracticePolicyTest {
  static final List<Policy<?>> POLICIES = List.of(new PracticePolicy());
  static final Map<PracticeAction, String> OWN_ORG = new EnumMap<>(PracticeAction.class);

  static {
    //                                          anon user memb edit oadm mod host admin
    OWN_ORG.put(PracticeAction.EDIT, "N F F A A F F A");
    OWN_ORG.put(PracticeAction.VIEW_UNPUBLISHED, "N F A A A F F A");
    OWN_ORG.put(PracticeAction.REVIEW, "N F F F F A F A");
  }

  @Test
  void everyCallerAgainstEveryActionInTheirOwnOrganisation() {
    assertEquals(Set.of(PracticeAction.values()), OWN_ORG.keySet(), "every action is in the table");
    assertTable(POLICIES, OWN_ORG, OWN);
  }

  @Test
  void organisationRolesGiveNothingInAnotherOrganisation() {
    Map<PracticeAction, String> other = new EnumMap<>(OWN_ORG);
    other.put(PracticeAction.EDIT, "N F F F F F F A");
    other.put(PracticeAction.VIEW_UNPUBLISHED, "N F F F F F F A");
    assertTable(POLICIES, other, OTHER);
  }
}
