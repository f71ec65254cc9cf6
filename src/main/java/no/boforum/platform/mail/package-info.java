/**
 * Outgoing mail: queued in the database in the transaction that causes it, and sent to the
 * configured SMTP server by a background sender (or shown on the development mailbox page). The
 * queue and what was sent are metrics ({@link no.boforum.platform.mail.MailMetrics}).
 */
package no.boforum.platform.mail;
