package no.boforum.identity;

/** Roles that reach across the whole portal, granted by administrators. */
public enum GlobalRole {
  ADMINISTRATOR,
  MODERATOR,
  /** Husbanken staff who host forum events and publish curated content. */
  EVENT_HOST
}
