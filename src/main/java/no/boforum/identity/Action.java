package no.boforum.identity;

/**
 * Something the portal guards. Each feature names its own actions (an enum implementing this) and
 * decides them in its own {@link Policy}; {@link Area} names the parts of the portal that a global
 * role opens. Pages, the API and services ask {@link Authorization}, never a policy directly.
 */
public interface Action {
  /** The constant's name, for logs and refusals. */
  String name();
}
