package no.boforum.opendata.feed;

/**
 * A request the feed cannot answer, with a message for the person or program that asked: a bad
 * parameter (400) or a subject that does not exist (404).
 */
public class FeedProblem extends RuntimeException {
  private final int status;

  public FeedProblem(int status, String message) {
    super(message);
    this.status = status;
  }

  /** 400: a parameter with a value the feed does not know. */
  public static FeedProblem badRequest(String message) {
    return new FeedProblem(400, message);
  }

  /** 404: the subject the feed would follow does not exist. */
  public static FeedProblem notFound(String message) {
    return new FeedProblem(404, message);
  }

  public int status() {
    return status;
  }
}
