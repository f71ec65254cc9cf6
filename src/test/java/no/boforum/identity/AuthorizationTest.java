package no.boforum.identity;

import static no.boforum.identity.Decision.ALLOWED;
import static no.boforum.identity.Decision.FORBIDDEN;
import static no.boforum.identity.Decision.NOT_AUTHENTICATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole rule table: every kind of caller against every action, in their own organisation and in
 * another one. A change of a rule must change this table on purpose.
 */
class AuthorizationTest {
  static final long OWN = 1L;
  static final long OTHER = 2L;

  record Who(String name, Caller caller) {}

  static final List<Who> CALLERS =
      List.of(
          new Who("anonymous", Caller.ANONYMOUS),
          new Who("user", caller(Set.of(), Map.of())),
          new Who("member", caller(Set.of(), Map.of(OWN, MembershipRole.MEMBER))),
          new Who("editor", caller(Set.of(), Map.of(OWN, MembershipRole.EDITOR))),
          new Who("org admin", caller(Set.of(), Map.of(OWN, MembershipRole.ADMIN))),
          new Who("moderator", caller(Set.of(GlobalRole.MODERATOR), Map.of())),
          new Who("host", caller(Set.of(GlobalRole.EVENT_HOST), Map.of())),
          new Who("admin", caller(Set.of(GlobalRole.ADMINISTRATOR), Map.of())));

  static Caller caller(Set<GlobalRole> roles, Map<Long, MembershipRole> memberships) {
    return new Caller(42L, "Someone", "nb", roles, memberships);
  }

  /** Expected decisions, in the order of {@link #CALLERS}: A allowed, F forbidden, N login. */
  static final Map<Action, String> OWN_ORG = new EnumMap<>(Action.class);

  static {
    //                                        anon user memb edit oadm mod host admin
    OWN_ORG.put(Action.VIEW_ADMIN_AREA, "N F F F F F F A");
    OWN_ORG.put(Action.VERIFY_ORGANISATION, "N F F F F F F A");
    OWN_ORG.put(Action.MANAGE_USER_ROLES, "N F F F F F F A");
    OWN_ORG.put(Action.VIEW_AUDIT_LOG, "N F F F F F F A");
    OWN_ORG.put(Action.MANAGE_OWN_ACCOUNT, "N A A A A A A A");
    OWN_ORG.put(Action.REQUEST_MEMBERSHIP, "N A A A A A A A");
    OWN_ORG.put(Action.REGISTER_ORGANISATION, "N A A A A A A A");
    OWN_ORG.put(Action.MANAGE_MEMBERS, "N F F F A F F A");
    OWN_ORG.put(Action.EDIT_ORGANISATION, "N F F F A F F A");
    OWN_ORG.put(Action.MANAGE_ORGANISATION_CONTENT, "N F F A A F F A");
    OWN_ORG.put(Action.MODERATE_CONTENT, "N F F F F A F A");
    OWN_ORG.put(Action.VIEW_ORGANISATION_CONTENT, "N F A A A F F A");
    OWN_ORG.put(Action.REVIEW_PRACTICES, "N F F F F A F A");
    OWN_ORG.put(Action.EDIT_TAXONOMIES, "N F F F F F F A");
    OWN_ORG.put(Action.HOST_EVENTS, "N F F F F F A A");
  }

  @Test
  void everyCallerAgainstEveryActionInTheirOwnOrganisation() {
    assertEquals(Set.of(Action.values()), OWN_ORG.keySet(), "every action is in the table");
    assertTable(OWN_ORG, OWN);
  }

  @Test
  void organisationRolesGiveNothingInAnotherOrganisation() {
    Map<Action, String> other = new EnumMap<>(OWN_ORG);
    other.put(Action.MANAGE_MEMBERS, "N F F F F F F A");
    other.put(Action.EDIT_ORGANISATION, "N F F F F F F A");
    other.put(Action.MANAGE_ORGANISATION_CONTENT, "N F F F F F F A");
    other.put(Action.VIEW_ORGANISATION_CONTENT, "N F F F F F F A");
    assertTable(other, OTHER);
  }

  private static void assertTable(Map<Action, String> table, long organisation) {
    List<String> wrong = new ArrayList<>();
    table.forEach(
        (action, row) -> {
          String[] expected = row.split(" ");
          for (int i = 0; i < CALLERS.size(); i++) {
            Decision want =
                switch (expected[i]) {
                  case "A" -> ALLOWED;
                  case "F" -> FORBIDDEN;
                  default -> NOT_AUTHENTICATED;
                };
            Decision got = Authorization.decide(CALLERS.get(i).caller(), action, organisation);
            if (got != want) {
              wrong.add(
                  action + " by " + CALLERS.get(i).name() + ": " + got + ", expected " + want);
            }
          }
        });
    assertEquals(List.of(), wrong);
  }
}
