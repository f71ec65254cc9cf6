package no.boforum.matching;

import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import no.boforum.platform.InputProblem;
import no.boforum.taxonomy.Taxonomies;

/**
 * Reads the board's filters and order from address parameters, as the page and the API share them:
 * {@code side}, {@code state} ({@code all} for every state), {@code targetGroup}, {@code theme},
 * {@code county}, {@code actorType}, {@code sort}. The page ignores a value or a code it does not
 * know (an old link still shows a list); the API refuses it.
 */
public final class FilterParameters {
  /** The {@code state} value that asks for every state. */
  public static final String ALL = "all";

  private FilterParameters() {}

  /**
   * @param known whether a code is a term of a taxonomy ({@code Taxonomies::exists}): a code it
   *     does not know is refused by a strict reader and left out by a lenient one
   */
  public static PostingFilter filter(
      Function<String, String> parameter, boolean strict, BiPredicate<String, String> known) {
    Side side = choice(Side.class, "side", parameter.apply("side"), strict);
    String state = text(parameter.apply("state"));
    Set<PostingState> states =
        ALL.equalsIgnoreCase(state == null ? "" : state)
            ? Set.of(PostingState.values())
            : optionalSet(choice(PostingState.class, "state", state, strict));
    return new PostingFilter(
        side,
        states,
        code(parameter, "targetGroup", Taxonomies.TARGET_GROUP, strict, known),
        code(parameter, "theme", Taxonomies.THEME, strict, known),
        code(parameter, "county", Taxonomies.COUNTY, strict, known),
        code(parameter, "actorType", Taxonomies.ACTOR_TYPE, strict, known));
  }

  private static String code(
      Function<String, String> parameter,
      String name,
      String taxonomy,
      boolean strict,
      BiPredicate<String, String> known) {
    String value = text(parameter.apply(name));
    if (value == null || known.test(taxonomy, value)) {
      return value;
    }
    if (strict) {
      throw new InputProblem(name, "matching.choice.unknown", value);
    }
    return null;
  }

  public static PostingFilter.Sort sort(String raw, boolean strict) {
    PostingFilter.Sort sort = choice(PostingFilter.Sort.class, "sort", raw, strict);
    return sort == null ? PostingFilter.Sort.NEWEST : sort;
  }

  private static Set<PostingState> optionalSet(PostingState state) {
    return state == null ? null : Set.of(state);
  }

  /** The constant named (in any case), null when blank, and when unknown to a lenient reader. */
  public static <E extends Enum<E>> E choice(
      Class<E> type, String field, String raw, boolean strict) {
    String value = text(raw);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      if (strict) {
        throw new InputProblem(field, "matching.choice.unknown", value);
      }
      return null;
    }
  }

  private static String text(String raw) {
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
