package no.boforum.event;

/** How people take part. */
public enum EventFormat {
  IN_PERSON,
  DIGITAL,
  HYBRID;

  /** True if the event has a place to come to. */
  public boolean hasVenue() {
    return this != DIGITAL;
  }

  /** True if the event has a link to join from afar. */
  public boolean hasJoinLink() {
    return this != IN_PERSON;
  }
}
