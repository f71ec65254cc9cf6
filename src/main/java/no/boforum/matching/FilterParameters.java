package no.boforum.matching;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import no.boforum.platform.InputProblem;

/**
 * Reads the board's filters and order from address parameters, as the page and the API share them:
 * {@code side}, {@code state} ({@code all} for every state), {@code targetGroup}, {@code theme},
 * {@code county}, {@code actorType}, {@code sort}. The page ignores a value it does not know (an
 * old link still shows a list); the API refuses it.
 */
public final class FilterParameters {
  /** The {@code state} value that asks for every state. */
  public static final String ALL = "all";

  private FilterParameters() {}

  public static PostingFilter filter(Function<String, String> parameter, boolean strict) {
    Side side = choice(Side.class, "side", parameter.apply("side"), strict);
    String state = text(parameter.apply("state"));
    Set<PostingState> states =
        ALL.equalsIgnoreCase(state == null ? "" : state)
            ? Set.of(PostingState.values())
            : optionalSet(choice(PostingState.class, "state", state, strict));
    return new PostingFilter(
        side,
        states,
        text(parameter.apply("targetGroup")),
        text(parameter.apply("theme")),
        text(parameter.apply("county")),
        text(parameter.apply("actorType")));
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
