package no.boforum.event;

import no.boforum.identity.Action;

/** What the events feature guards; {@link EventPolicy} decides. */
public enum EventAction implements Action {
  /**
   * Host a new event for an organisation: asked with {@link EventPolicy.Host} (the organisation and
   * whether it is verified).
   */
  HOST,
  /**
   * Run an existing event (edit, publish, cancel, close, see the participants, check in, message):
   * asked with {@link EventPolicy.Hosts} (its host and co-host organisations).
   */
  MANAGE,
  /** Register for events and see one's own registrations: any logged-in person. */
  REGISTER
}
