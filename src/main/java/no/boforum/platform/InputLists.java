package no.boforum.platform;

import java.util.List;

/**
 * The one check for the length of a list a caller sends (issue 18): each feature declares the limit
 * of each list field beside its other limits and asks here before it looks anything up, so that a
 * list of 20 000 entries costs nothing. The message ({@code input.tooMany}) names the field and the
 * limit.
 */
public final class InputLists {
  private InputLists() {}

  /**
   * The list as it is (null included).
   *
   * @throws InputProblem when it has more than {@code max} entries
   */
  public static <T> List<T> atMost(String field, List<T> values, int max) {
    if (values != null && values.size() > max) {
      throw new InputProblem(field, "input.tooMany", field, max, values.size());
    }
    return values;
  }
}
