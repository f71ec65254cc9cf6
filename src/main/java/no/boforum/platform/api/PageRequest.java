package no.boforum.platform.api;

import jakarta.ws.rs.BadRequestException;

/** A page of a list asked for by {@code ?page=&size=}: validated, with a clear 400 when wrong. */
public record PageRequest(int page, int size) {
  static final int MAX_PAGE = 100_000;

  /**
   * @param page the raw {@code page} parameter, or null for the first page
   * @param size the raw {@code size} parameter, or null for {@code defaultSize}
   */
  public static PageRequest parse(String page, String size, int defaultSize, int maxSize) {
    int p = number("page", page, 1, 1, MAX_PAGE);
    int s = number("size", size, defaultSize, 1, maxSize);
    return new PageRequest(p, s);
  }

  public int offset() {
    return (page - 1) * size;
  }

  private static int number(String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new BadRequestException(
        name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
  }
}
