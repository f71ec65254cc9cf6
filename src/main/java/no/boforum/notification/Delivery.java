package no.boforum.notification;

/** How a person hears of one kind of notification. */
public enum Delivery {
  /** In the portal and by mail, after a short window that gathers what belongs together. */
  IMMEDIATE,
  /** In the portal, and in a mail once a day at the person's hour. */
  DAILY,
  /** In the portal, and in a mail once a week on the person's day. */
  WEEKLY,
  /** In the portal only. */
  PORTAL,
  /** Not at all. */
  OFF;

  /** Whether notifications of this delivery are mailed at all. */
  public boolean mailed() {
    return this == IMMEDIATE || this == DAILY || this == WEEKLY;
  }
}
