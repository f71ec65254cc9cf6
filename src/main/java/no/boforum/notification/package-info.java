/**
 * Notifications (decision 0020): features say what happened and for whom ({@link
 * no.boforum.notification.Notifications#send}); this package decides per person, by their
 * preferences, whether it reaches the bell only, a mail after a short window, a daily or weekly
 * digest, or nothing, and is the only place that composes those mails.
 */
package no.boforum.notification;
