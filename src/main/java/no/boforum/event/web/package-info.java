/**
 * The event pages: the public calendar and an event's page, the hosts' editor and their list, the
 * menu entries and the home page's upcoming events. Views live under {@code webapp/event/}.
 */
package no.boforum.event.web;
