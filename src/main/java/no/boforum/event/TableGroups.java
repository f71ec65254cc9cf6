package no.boforum.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mixed table groups: splits people into groups of about a chosen size so that every group mixes
 * the sectors as evenly as possible, and two people from one organisation share a group only when
 * that cannot be avoided. Greedy and deterministic: people of the largest sector are placed first
 * (the scarce sectors then fill the gaps), each into the group that has the fewest of their
 * organisation, then the fewest of their sector, then the fewest people, then the lowest number.
 */
public final class TableGroups {
  /** Someone to seat: an id, a sector, and an organisation (null for people on their own). */
  public record Person(long id, String sector, Long organisation) {}

  private TableGroups() {}

  /**
   * Groups numbered from 1: for each person's id, the group. {@code size} is the wished size; the
   * number of groups is the people divided by it, rounded up, and groups differ by one at most.
   */
  public static Map<Long, Integer> split(List<Person> people, int size) {
    if (size < 2) {
      throw new IllegalArgumentException("groups of two or more");
    }
    int n = people.size();
    Map<Long, Integer> seated = new HashMap<>();
    if (n == 0) {
      return seated;
    }
    int groups = (n + size - 1) / size;
    int cap = (n + groups - 1) / groups;
    Map<String, Long> bySector = new HashMap<>();
    people.forEach(p -> bySector.merge(p.sector(), 1L, Long::sum));
    List<Person> order = new ArrayList<>(people);
    order.sort(
        Comparator.comparing((Person p) -> -bySector.get(p.sector()))
            .thenComparing(Person::sector)
            .thenComparing(p -> p.organisation() == null ? Long.MAX_VALUE : p.organisation())
            .thenComparing(Person::id));
    List<List<Person>> tables = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      tables.add(new ArrayList<>());
    }
    // Only this many groups may reach the larger size; the others stay one smaller.
    int large = n - groups * (cap - 1);
    int full = 0;
    for (Person p : order) {
      int best = -1;
      for (int g = 0; g < groups; g++) {
        int here = tables.get(g).size();
        if (here >= cap || here == cap - 1 && full >= large) {
          continue;
        }
        if (best < 0 || better(tables.get(g), tables.get(best), p)) {
          best = g;
        }
      }
      tables.get(best).add(p);
      if (tables.get(best).size() == cap) {
        full++;
      }
      seated.put(p.id(), best + 1);
    }
    return seated;
  }

  /** True if {@code a} suits {@code p} better than {@code b}. */
  private static boolean better(List<Person> a, List<Person> b, Person p) {
    int orgA = sameOrganisation(a, p);
    int orgB = sameOrganisation(b, p);
    if (orgA != orgB) {
      return orgA < orgB;
    }
    long sectorA = a.stream().filter(o -> o.sector().equals(p.sector())).count();
    long sectorB = b.stream().filter(o -> o.sector().equals(p.sector())).count();
    if (sectorA != sectorB) {
      return sectorA < sectorB;
    }
    return a.size() < b.size();
  }

  private static int sameOrganisation(List<Person> table, Person p) {
    if (p.organisation() == null) {
      return 0;
    }
    return (int)
        table.stream().filter(o -> Objects.equals(o.organisation(), p.organisation())).count();
  }
}
