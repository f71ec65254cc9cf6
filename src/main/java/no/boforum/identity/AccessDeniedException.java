package no.boforum.identity;

/**
 * Thrown by {@link Authorization#require}; pages turn it into a login or a 403 page, the API into
 * 401/403.
 */
public class AccessDeniedException extends RuntimeException {
  private final Decision decision;

  public AccessDeniedException(Decision decision, Action action) {
    super(decision + " for " + action, null, false, false);
    this.decision = decision;
  }

  public Decision decision() {
    return decision;
  }
}
