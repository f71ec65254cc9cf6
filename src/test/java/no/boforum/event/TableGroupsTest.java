package no.boforum.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.boforum.event.TableGroups.Person;
import org.junit.jupiter.api.Test;

class TableGroupsTest {
  /** 30 people: 12 from municipalities (4 each from 3), 9 NGO, 6 entrepreneurs, 3 users. */
  static List<Person> forum() {
    List<Person> people = new ArrayList<>();
    long id = 1;
    for (long org = 1; org <= 3; org++) {
      for (int i = 0; i < 4; i++) {
        people.add(new Person(id++, "kommune", org));
      }
    }
    for (int i = 0; i < 9; i++) {
      people.add(new Person(id++, "ideell-organisasjon", 10L + i % 5));
    }
    for (int i = 0; i < 6; i++) {
      people.add(new Person(id++, "sosial-entreprenor", 20L + i));
    }
    for (int i = 0; i < 3; i++) {
      people.add(new Person(id++, Sectors.USER_REPRESENTATIVE, null));
    }
    return people;
  }

  static Map<Integer, List<Person>> tables(List<Person> people, Map<Long, Integer> seated) {
    Map<Integer, List<Person>> t = new HashMap<>();
    for (Person p : people) {
      t.computeIfAbsent(seated.get(p.id()), k -> new ArrayList<>()).add(p);
    }
    return t;
  }

  @Test
  void everyoneSeatedInGroupsOfEvenSize() {
    List<Person> people = forum();
    Map<Long, Integer> seated = TableGroups.split(people, 6);
    assertEquals(30, seated.size());
    Map<Integer, List<Person>> t = tables(people, seated);
    assertEquals(Set.of(1, 2, 3, 4, 5), t.keySet());
    t.values().forEach(g -> assertEquals(6, g.size()));
  }

  @Test
  void eachSectorSpreadAsEvenlyAsItCanBe() {
    List<Person> people = forum();
    Map<Integer, List<Person>> t = tables(people, TableGroups.split(people, 6));
    for (String sector :
        List.of(
            "kommune", "ideell-organisasjon", "sosial-entreprenor", Sectors.USER_REPRESENTATIVE)) {
      long total = people.stream().filter(p -> p.sector().equals(sector)).count();
      long low = total / t.size();
      long high = (total + t.size() - 1) / t.size();
      for (List<Person> g : t.values()) {
        long here = g.stream().filter(p -> p.sector().equals(sector)).count();
        assertTrue(here >= low && here <= high, sector + ": " + here + " in a group");
      }
    }
  }

  @Test
  void colleaguesApartWhenPossible() {
    List<Person> people = forum();
    Map<Integer, List<Person>> t = tables(people, TableGroups.split(people, 6));
    for (List<Person> g : t.values()) {
      List<Long> orgs = g.stream().map(Person::organisation).filter(o -> o != null).toList();
      assertEquals(orgs.size(), new HashSet<>(orgs).size(), "two colleagues at one table: " + g);
    }
  }

  @Test
  void colleaguesShareOnlyWhenTheyMust() {
    // Seven from one organisation at two tables: four and three, never more.
    List<Person> people = new ArrayList<>();
    for (long i = 1; i <= 7; i++) {
      people.add(new Person(i, "kommune", 1L));
    }
    people.add(new Person(8, "kommune", 2L));
    Map<Integer, List<Person>> t = tables(people, TableGroups.split(people, 4));
    assertEquals(2, t.size());
    for (List<Person> g : t.values()) {
      assertTrue(g.stream().filter(p -> p.organisation() == 1L).count() <= 4, g.toString());
    }
  }

  @Test
  void randomForumsKeepTheRules() {
    Random random = new Random(42);
    String[] sectors = {"kommune", "ideell-organisasjon", "sosial-entreprenor", "privatperson"};
    for (int round = 0; round < 200; round++) {
      int n = 2 + random.nextInt(80);
      int size = 2 + random.nextInt(9);
      List<Person> people = new ArrayList<>();
      for (long i = 0; i < n; i++) {
        String sector = sectors[random.nextInt(sectors.length)];
        Long org = sector.equals("privatperson") ? null : (long) random.nextInt(n);
        people.add(new Person(i, sector, org));
      }
      Map<Integer, List<Person>> t = tables(people, TableGroups.split(people, size));
      int groups = (n + size - 1) / size;
      assertEquals(groups, t.size(), "n=" + n + " size=" + size);
      int min = t.values().stream().mapToInt(List::size).min().orElseThrow();
      int max = t.values().stream().mapToInt(List::size).max().orElseThrow();
      assertTrue(max - min <= 1, "n=" + n + " size=" + size + ": " + min + ".." + max);
      assertTrue(max <= size, "never more than the size asked");
    }
  }

  @Test
  void groupsOfOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TableGroups.split(forum(), 1));
  }
}
