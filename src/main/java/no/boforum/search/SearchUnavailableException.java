package no.boforum.search;

/** Elasticsearch cannot take work just now; the caller backs off and tries again later. */
public class SearchUnavailableException extends RuntimeException {
  SearchUnavailableException(String message) {
    super(message);
  }
}
