package no.boforum.event;

/** On whose behalf a person registers. */
public enum RegisteredAs {
  /** For one of their organisations: the sector is the organisation's actor type. */
  ORGANISATION,
  /** For themselves, as a private person. */
  PRIVATE_PERSON,
  /** As a user representative (brukerrepresentant). */
  USER_REPRESENTATIVE;

  /** The sector of a registration made in this capacity without an organisation. */
  String ownSector() {
    return switch (this) {
      case PRIVATE_PERSON -> Sectors.PRIVATE_PERSON;
      case USER_REPRESENTATIVE -> Sectors.USER_REPRESENTATIVE;
      case ORGANISATION -> throw new IllegalStateException("the organisation's actor type");
    };
  }
}
