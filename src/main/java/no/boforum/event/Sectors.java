package no.boforum.event;

import java.util.List;

/**
 * The sectors of people at an event: the actor type of the organisation they come for, or one of
 * two of their own for people who come on their own behalf.
 */
public final class Sectors {
  /** A person who registers for themselves, not for an organisation. */
  public static final String PRIVATE_PERSON = "privatperson";

  /** A user representative (brukerrepresentant): someone who speaks from experience. */
  public static final String USER_REPRESENTATIVE = "brukerrepresentant";

  /** The sectors that are not actor types of organisations. */
  public static final List<String> OWN = List.of(PRIVATE_PERSON, USER_REPRESENTATIVE);

  private Sectors() {}
}
