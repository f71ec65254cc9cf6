package no.boforum.event;

/** Where a registration stands. */
public enum RegistrationStatus {
  /** Has a seat. */
  CONFIRMED,
  /** On the waiting list of its seat group (or of the event). */
  WAITING,
  /** Offered a seat that frees close to the event: holds it until the offer runs out. */
  OFFERED,
  /** Cancelled by the registrant or removed by a host; the row stays for the unique key. */
  CANCELLED;

  /** True if the registration holds a seat (confirmed, or offered and not yet answered). */
  public boolean holdsSeat() {
    return this == CONFIRMED || this == OFFERED;
  }
}
