package no.boforum.search.saved;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The parameters of an address's query string ({@code q=bolig&county=46}), decoded. */
public final class QueryParameters {
  /** One parameter, as a hidden field of a form carries it. */
  public record Parameter(String name, String value) {}

  private QueryParameters() {}

  /** The parameters in their order; a pair that is not valid percent-encoding is left out. */
  public static List<Parameter> pairs(String queryString) {
    List<Parameter> pairs = new ArrayList<>();
    if (queryString == null) {
      return pairs;
    }
    String raw = queryString.startsWith("?") ? queryString.substring(1) : queryString;
    for (String part : raw.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      try {
        pairs.add(
            new Parameter(
                decode(eq < 0 ? part : part.substring(0, eq)),
                eq < 0 ? "" : decode(part.substring(eq + 1))));
      } catch (IllegalArgumentException e) {
        // "%zz": not a parameter anyone could have meant.
      }
    }
    return pairs;
  }

  /** Every value of each parameter, as {@code ServletRequest.getParameterValues} gives them. */
  public static Function<String, String[]> values(String queryString) {
    Map<String, List<String>> all = new LinkedHashMap<>();
    for (Parameter p : pairs(queryString)) {
      all.computeIfAbsent(p.name(), n -> new ArrayList<>()).add(p.value());
    }
    return name -> {
      List<String> values = all.get(name);
      return values == null ? null : values.toArray(String[]::new);
    };
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
