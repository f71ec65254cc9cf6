package no.boforum.identity;

import static no.boforum.testsupport.DecisionTable.OTHER;
import static no.boforum.testsupport.DecisionTable.OWN;
import static no.boforum.testsupport.DecisionTable.assertTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Identity's rule table (accounts, organisations, the areas), every kind of caller against every
 * action in their own organisation and in another one, and how {@link Authorization} finds the
 * policy and the page guard. A change of a rule must change this table on purpose; other features
 * keep their tables next to their policies.
 */
class AuthorizationTest {
  static final List<Policy<?>> POLICIES = List.of(new AreaPolicy(), new IdentityPolicy());

  static final Map<IdentityAction, String> OWN_ORG = new EnumMap<>(IdentityAction.class);
  static final Map<Area, String> AREAS = new EnumMap<>(Area.class);

  static {
    //                                                anon user memb edit oadm mod host admin
    OWN_ORG.put(IdentityAction.VERIFY_ORGANISATION, "N F F F F F F A");
    OWN_ORG.put(IdentityAction.MANAGE_USER_ROLES, "N F F F F F F A");
    OWN_ORG.put(IdentityAction.VIEW_AUDIT_LOG, "N F F F F F F A");
    OWN_ORG.put(IdentityAction.EDIT_TAXONOMIES, "N F F F F F F A");
    OWN_ORG.put(IdentityAction.MANAGE_OWN_ACCOUNT, "N A A A A A A A");
    OWN_ORG.put(IdentityAction.REQUEST_MEMBERSHIP, "N A A A A A A A");
    OWN_ORG.put(IdentityAction.REGISTER_ORGANISATION, "N A A A A A A A");
    OWN_ORG.put(IdentityAction.MANAGE_MEMBERS, "N F F F A F F A");
    OWN_ORG.put(IdentityAction.EDIT_ORGANISATION, "N F F F A F F A");

    AREAS.put(Area.ADMINISTRATION, "N F F F F F F A");
    AREAS.put(Area.MODERATION, "N F F F F A F A");
    AREAS.put(Area.INDEX_ADMINISTRATION, "N F F F F F F A");
    AREAS.put(Area.EVENT_HOSTING, "N F F F F F A A");
  }

  @Test
  void everyCallerAgainstEveryActionInTheirOwnOrganisation() {
    assertEquals(Set.of(IdentityAction.values()), OWN_ORG.keySet(), "every action is in the table");
    assertTable(POLICIES, OWN_ORG, OWN);
  }

  @Test
  void organisationRolesGiveNothingInAnotherOrganisation() {
    Map<IdentityAction, String> other = new EnumMap<>(OWN_ORG);
    other.put(IdentityAction.MANAGE_MEMBERS, "N F F F F F F A");
    other.put(IdentityAction.EDIT_ORGANISATION, "N F F F F F F A");
    assertTable(POLICIES, other, OTHER);
  }

  @Test
  void eachAreaOpensToItsRole() {
    assertEquals(Set.of(Area.values()), AREAS.keySet(), "every area is in the table");
    assertTable(POLICIES, AREAS, null);
  }

  enum Unruled implements Action {
    SOMETHING
  }

  @Test
  void anActionNoPolicyDecidesIsAnErrorNotAnAnswer() {
    Authorization authorization = new Authorization(null, POLICIES);
    assertThrows(
        IllegalStateException.class,
        () -> authorization.decide(Caller.ANONYMOUS, Unruled.SOMETHING, null));
  }

  @Test
  void anActionTwoPoliciesDecideIsAnError() {
    Authorization authorization =
        new Authorization(null, List.of(new AreaPolicy(), new IdentityPolicy(), new AreaPolicy()));
    assertThrows(
        IllegalStateException.class,
        () -> authorization.decide(Caller.ANONYMOUS, Area.MODERATION, null));
  }

  @Test
  void aPageNeedsTheActionOfTheLongestAddressThatCoversIt() {
    Policy<Unruled> review =
        new Policy<>() {
          @Override
          public Class<Unruled> actions() {
            return Unruled.class;
          }

          @Override
          public boolean allows(Caller caller, Unruled action, Object resource) {
            return false;
          }

          @Override
          public Map<String, Action> pages() {
            return Map.of("/my/review", Area.MODERATION);
          }
        };
    Authorization authorization = new Authorization(null, List.of(new IdentityPolicy(), review));
    assertEquals(Optional.of(Area.MODERATION), authorization.pageAction("/my/review"));
    assertEquals(Optional.of(Area.MODERATION), authorization.pageAction("/my/review.xhtml"));
    assertEquals(Optional.of(Area.MODERATION), authorization.pageAction("/my/review/old"));
    assertEquals(
        Optional.of(IdentityAction.MANAGE_OWN_ACCOUNT), authorization.pageAction("/my/reviewer"));
    assertEquals(
        Optional.of(IdentityAction.MANAGE_OWN_ACCOUNT), authorization.pageAction("/my/profile"));
    assertEquals(
        Optional.of(IdentityAction.VIEW_AUDIT_LOG), authorization.pageAction("/admin/audit"));
    assertEquals(Optional.empty(), authorization.pageAction("/admin/something-new"));
    assertEquals(Optional.empty(), authorization.pageAction("/admin"));
  }
}
