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

  public int offset() {
    return (page - 1) * size;
  }
}
