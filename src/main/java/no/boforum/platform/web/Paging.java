package no.boforum.platform.web;

/**
 * A page of a list on a page of the portal: the asked page number kept within 1..pages, so that an
 * old or edited link shows the nearest page rather than an empty one.
 */
public record Paging(int page, int pages, int size) {
  public static Paging of(int askedPage, long total, int size) {
    int pages = (int) Math.max(1, (total + size - 1) / size);
    return new Paging(Math.max(1, Math.min(askedPage, pages)), pages, size);
  }

  /** A page number from a request parameter; 1 when missing or not a number. */
  public static int pageParameter(String raw) {
    try {
      return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
