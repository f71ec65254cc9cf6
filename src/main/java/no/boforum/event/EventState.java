package no.boforum.event;

/** Where an event is: written, announced, called off, or over and reported on. */
public enum EventState {
  DRAFT,
  PUBLISHED,
  /** Called off: the page stays, with a notice; registrants were told. */
  CANCELLED,
  /** Over, and closed by its host with a report and findings. */
  CLOSED;

  /** True if the public may see the event. */
  public boolean isPublic() {
    return this != DRAFT;
  }
}
