package no.boforum.load;

import static no.boforum.load.Choices.EVIDENCE;
import static no.boforum.load.Choices.FACETS;
import static no.boforum.load.Choices.QUERIES;
import static no.boforum.load.Choices.STATUSES;
import static no.boforum.load.Choices.encode;
import static no.boforum.load.Choices.pick;
import static no.boforum.load.Choices.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fixed, seeded list of visits of {@link PageLoadSimulation}: whether the visitor is an editor,
 * and the pages, each a family and an address ({@code "practice /practices/<slug>"}). The slugs of
 * practices and organisations are read once from the API of the portal under test.
 */
final class Visits {
  static final int VISITS = 2000;
  static final List<String> FAMILIES =
      List.of("home", "list", "practice", "organisation", "search");

  /** How often each family is the next page, in per cent, after the first. */
  static final int[] WEIGHTS = {10, 25, 40, 10, 15};

  static final List<Integer> FILTERS = List.of(0, 0, 1, 1, 2);
  static final List<String> LIST_SORTS = List.of("", "", "", "title", "spread", "evidence");
  static final List<Integer> PAGES = List.of(1, 1, 1, 1, 2, 3);

  /** The editors' share of the visits, in per cent ({@code load.editors}, default 5). */
  static double editorShare() {
    return Double.parseDouble(Portal.setting("load.editors", "5"));
  }

  static List<Map<String, Object>> plan(Portal portal, long seed) {
    int max = Integer.parseInt(Portal.setting("load.slugs", "5000"));
    List<String> practices = portal.field("/api/practices?sort=title", "slug", max);
    List<String> organisations = portal.field("/api/organisations", "slug", max);
    Map<String, List<String>> codes = portal.codes(FACETS.values());
    if (practices.isEmpty() || organisations.isEmpty()) {
      throw new IllegalStateException("the portal has no published practice or no organisation");
    }
    System.out.printf(
        "Visiting %d practices and %d organisations%n", practices.size(), organisations.size());
    String only = Portal.setting("load.only", "");
    if (!only.isEmpty() && !FAMILIES.contains(only)) {
      throw new IllegalArgumentException("load.only must be one of " + FAMILIES + ", not " + only);
    }
    Random random = new Random(seed);
    double editors = editorShare();
    List<Map<String, Object>> visits = new ArrayList<>();
    for (int n = 0; n < VISITS; n++) {
      List<String> steps = new ArrayList<>();
      int length = 3 + random.nextInt(4);
      for (int i = 0; i < length; i++) {
        String family =
            !only.isEmpty() ? only : i == 0 && random.nextInt(10) < 4 ? "home" : family(random);
        String path =
            switch (family) {
              case "home" -> "/";
              case "list" -> "/practices" + query(listParameters(random, codes));
              case "practice" -> "/practices/" + pick(random, practices);
              case "organisation" -> "/organisations/" + pick(random, organisations);
              default -> "/search" + query(searchParameters(random, codes));
            };
        steps.add(family + " " + path);
      }
      Map<String, Object> visit = new LinkedHashMap<>();
      visit.put("editor", random.nextDouble() * 100 < editors);
      visit.put("steps", steps);
      visits.add(visit);
    }
    return visits;
  }

  private static String family(Random random) {
    int draw = random.nextInt(100);
    for (int i = 0; i < WEIGHTS.length; i++) {
      draw -= WEIGHTS[i];
      if (draw < 0) {
        return FAMILIES.get(i);
      }
    }
    return FAMILIES.get(FAMILIES.size() - 1);
  }

  /** The practice list's own parameters ({@code PracticesView}): one code per filter. */
  private static List<String[]> listParameters(Random random, Map<String, List<String>> codes) {
    List<String> filters = new ArrayList<>(FACETS.keySet());
    filters.addAll(List.of("evidence", "status", "language"));
    List<String[]> params = new ArrayList<>();
    for (String filter : sample(random, filters, pick(random, FILTERS))) {
      String value =
          switch (filter) {
            case "evidence" -> pick(random, EVIDENCE);
            case "status" -> pick(random, STATUSES);
            case "language" -> pick(random, List.of("nb", "nn"));
            default -> pick(random, codes.get(FACETS.get(filter)));
          };
      params.add(new String[] {filter, value});
    }
    String sort = pick(random, LIST_SORTS);
    if (!sort.isEmpty()) {
      params.add(new String[] {"sort", sort});
    }
    page(random, params);
    return params;
  }

  /** Words, and in one search of four a facet. */
  private static List<String[]> searchParameters(Random random, Map<String, List<String>> codes) {
    List<String[]> params = new ArrayList<>();
    params.add(new String[] {"q", pick(random, QUERIES)});
    if (random.nextInt(4) == 0) {
      String facet = pick(random, new ArrayList<>(FACETS.keySet()));
      params.add(new String[] {facet, pick(random, codes.get(FACETS.get(facet)))});
    }
    page(random, params);
    return params;
  }

  private static void page(Random random, List<String[]> params) {
    int page = pick(random, PAGES);
    if (page > 1) {
      params.add(new String[] {"page", Integer.toString(page)});
    }
  }

  private static String query(List<String[]> params) {
    return params.isEmpty() ? "" : "?" + encode(params);
  }

  private Visits() {}
}
