package no.boforum.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What the simulations choose from, and how: the search words, the facets with their taxonomies,
 * the think time, and drawing with a seeded {@link Random}, so that every run asks the same.
 */
final class Choices {
  /** The words of {@code bench/search.py}: bokmål, nynorsk, English, misspellings, places. */
  static final List<String> QUERIES =
      List.of(
          "bostedsløse",
          "bustadlaus",
          "bustadlause",
          "housing first",
          "leiebolig",
          "leigebustad",
          "rusavhengige",
          "startlån",
          "bostøtte",
          "bustøtte",
          "bomiljø",
          "psykisk helse",
          "kommunal bolig",
          "utleiere",
          "leigetakarar",
          "flyktninger",
          "flyktningar",
          "barnefamilier",
          "oppfølging",
          "nav",
          "frivillige",
          "midlertidig bolig",
          "mellombels bustad",
          "bumeistring",
          "tilskot",
          "unge",
          "boveiledning",
          "erfaringskonsulent",
          "husleie",
          "utkastelse",
          "tromsø",
          "bergen",
          "bostedslose",
          "housng first",
          "homeless",
          "hjemløse",
          "evaluering",
          "handlingsplan");

  /**
   * Facet parameter and the taxonomy of its codes: the same names on the search page and the
   * practice list ({@code PracticesView}, {@code SearchView}).
   */
  static final Map<String, String> FACETS = new LinkedHashMap<>();

  static {
    FACETS.put("theme", "theme");
    FACETS.put("targetGroup", "target_group");
    FACETS.put("county", "county");
    FACETS.put("actorType", "actor_type");
    FACETS.put("funding", "funding");
    FACETS.put("voluntaryRole", "voluntary_role");
  }

  static final List<String> EVIDENCE =
      List.of(
          "idea_pilot", "described", "process_evaluated", "effect_evaluated", "documented_effect");
  static final List<String> STATUSES = List.of("PLANNED", "ACTIVE", "ENDED");

  /** A visitor's think time after each page: uniform between these, in milliseconds. */
  static Duration[] think(String fallback) {
    String[] range = Portal.setting("load.thinkMs", fallback).split("-", 2);
    long min = Long.parseLong(range[0].trim());
    long max = range.length > 1 ? Long.parseLong(range[1].trim()) : min;
    return new Duration[] {Duration.ofMillis(min), Duration.ofMillis(Math.max(min, max))};
  }

  static String encode(List<String[]> params) {
    StringBuilder query = new StringBuilder();
    for (String[] param : params) {
      if (query.length() > 0) {
        query.append('&');
      }
      query
          .append(URLEncoder.encode(param[0], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(param[1], StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  static <T> List<T> sample(Random random, List<T> list, int count) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(count, copy.size()));
  }

  private Choices() {}
}
