/**
 * The bell in the account menu, the list at {@code /my/notifications}, the preferences at {@code
 * /my/notification-settings}, and the page a mail's "stop these mails" link opens.
 */
package no.boforum.notification.web;
