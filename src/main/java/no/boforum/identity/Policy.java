package no.boforum.identity;

import java.util.Map;

/**
 * A feature's rules about its own resources, found by {@link Authorization} through CDI. Exactly
 * one policy decides each action (by {@link #actions()}). Authorization has already let
 * administrators through and asked anonymous visitors to log in, so a policy only answers for a
 * logged-in caller who is not an administrator.
 */
public interface Policy<A extends Action> {
  /** The actions this policy rules on: its feature's action enum. */
  Class<A> actions();

  /**
   * Whether the caller may.
   *
   * @param resource what the action is about, as the action's documentation says (an organisation's
   *     id for actions "in an organisation"); null when it is about nothing in particular
   */
  boolean allows(Caller caller, A action, Object resource);

  /**
   * The feature's pages in a guarded area ({@code /admin/}, {@code /my/}) and the action each
   * needs, by address ({@code "/admin/search-index"}); the address covers the paths under it.
   */
  default Map<String, Action> pages() {
    return Map.of();
  }

  /** The organisation id of a resource asked about "in an organisation", or null. */
  static Long organisation(Object resource) {
    return resource instanceof Long id ? id : null;
  }
}
