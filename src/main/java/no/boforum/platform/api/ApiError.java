package no.boforum.platform.api;

/**
 * The body of every error answer of the API.
 *
 * @param field the input the error is about, when there is one
 */
public record ApiError(int status, String error, String field) {
  public ApiError(int status, String error) {
    this(status, error, null);
  }
}
