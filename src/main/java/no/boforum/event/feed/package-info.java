/**
 * The events' Atom feed ({@code /feeds/events.atom}): upcoming public events, the newest change
 * first, by county and theme as the calendar feed (decision 0022).
 */
package no.boforum.event.feed;
