package no.boforum.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Caller;
import no.boforum.identity.GlobalRole;
import no.boforum.identity.Suspensions;
import org.junit.jupiter.api.Test;

/**
 * A person's standing from their account's age and memberships, the weight of their flags, and the
 * lengths of suspensions that grow with each one.
 */
class DiscussionStandingTest {
  static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 1, 12, 0);

  static Caller caller(Set<GlobalRole> roles, long daysOld, boolean verifiedMember) {
    return new Caller(
        42L, "P", "nb", roles, Map.of(), NOW.minusDays(daysOld), verifiedMember, null);
  }

  @Test
  void aNewAccountOrOneOutsideVerifiedOrganisationsIsNew() {
    assertEquals(Standing.NEW, Standing.of(caller(Set.of(), 13, true), NOW));
    assertEquals(Standing.NEW, Standing.of(caller(Set.of(), 400, false), NOW));
    assertEquals(Standing.ESTABLISHED, Standing.of(caller(Set.of(), 14, true), NOW));
    assertEquals(
        Standing.MODERATOR, Standing.of(caller(Set.of(GlobalRole.MODERATOR), 0, false), NOW));
    assertEquals(
        Standing.MODERATOR, Standing.of(caller(Set.of(GlobalRole.ADMINISTRATOR), 0, false), NOW));
  }

  @Test
  void flagsWeighByStanding() {
    assertEquals(1, Standing.NEW.flagWeight());
    assertEquals(2, Standing.ESTABLISHED.flagWeight());
    assertEquals(Integer.MAX_VALUE, Standing.MODERATOR.flagWeight());
  }

  @Test
  void suspensionsGrowADayAWeekAMonthThenAYear() {
    assertEquals(Duration.ofDays(1), Suspensions.length(1));
    assertEquals(Duration.ofDays(7), Suspensions.length(2));
    assertEquals(Duration.ofDays(30), Suspensions.length(3));
    assertEquals(Duration.ofDays(365), Suspensions.length(4));
    assertEquals(Duration.ofDays(365), Suspensions.length(9));
  }
}
