package no.boforum.identity;

/** The answer of {@link Authorization}: pages and the API turn it into a login or a refusal. */
public enum Decision {
  ALLOWED,
  /** Nobody is logged in, and someone might be allowed: ask for a login (401). */
  NOT_AUTHENTICATED,
  /** The caller is known and not allowed (403). */
  FORBIDDEN
}
