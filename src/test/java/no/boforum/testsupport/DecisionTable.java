package no.boforum.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Action;
import no.boforum.identity.Authorization;
import no.boforum.identity.Caller;
import no.boforum.identity.Decision;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;

/**
 * A rule table for policy tests: every kind of caller (in the column order of {@link #CALLERS})
 * against actions, asked of a real {@link Authorization} made of the given policies. Rows read "A"
 * allowed, "F" forbidden, "N" asked to log in.
 */
public final class DecisionTable {
  public static final long OWN = 1L;
  public static final long OTHER = 2L;

  public record Who(String name, Caller caller) {}

  //                                     anon user memb edit oadm mod host admin
  public static final List<Who> CALLERS =
      List.of(
          new Who("anonymous", Caller.ANONYMOUS),
          new Who("user", caller(Set.of(), Map.of())),
          new Who("member", caller(Set.of(), Map.of(OWN, MembershipRole.MEMBER))),
          new Who("editor", caller(Set.of(), Map.of(OWN, MembershipRole.EDITOR))),
          new Who("org admin", caller(Set.of(), Map.of(OWN, MembershipRole.ADMIN))),
          new Who("moderator", caller(Set.of(GlobalRole.MODERATOR), Map.of())),
          new Who("host", caller(Set.of(GlobalRole.EVENT_HOST), Map.of())),
          new Who("admin", caller(Set.of(GlobalRole.ADMINISTRATOR), Map.of())));

  private DecisionTable() {}

  static Caller caller(Set<GlobalRole> roles, Map<Long, MembershipRole> memberships) {
    return new Caller(42L, "Someone", "nb", roles, memberships);
  }

  /** Asserts every row, each action asked about {@code resource}; reports all wrong cells. */
  public static void assertTable(
      List<? extends Policy<?>> policies, Map<? extends Action, String> table, Object resource) {
    Authorization authorization = new Authorization(null, policies);
    List<String> wrong = new ArrayList<>();
    table.forEach(
        (action, row) -> {
          String[] expected = row.split(" ");
          assertEquals(CALLERS.size(), expected.length, () -> "columns of " + action);
          for (int i = 0; i < CALLERS.size(); i++) {
            Decision want =
                switch (expected[i]) {
                  case "A" -> Decision.ALLOWED;
                  case "F" -> Decision.FORBIDDEN;
                  default -> Decision.NOT_AUTHENTICATED;
                };
            Decision got = authorization.decide(CALLERS.get(i).caller(), action, resource);
            if (got != want) {
              wrong.add(
                  action + " by " + CALLERS.get(i).name() + ": " + got + ", expected " + want);
            }
          }
        });
    assertEquals(List.of(), wrong);
  }
}
