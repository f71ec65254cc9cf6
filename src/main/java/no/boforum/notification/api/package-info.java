/**
 * The logged-in person's notifications and preferences as JSON, and the one-click unsubscribe
 * address that mail clients post to.
 */
package no.boforum.notification.api;
