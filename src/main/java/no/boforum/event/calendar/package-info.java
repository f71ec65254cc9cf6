/**
 * Events as iCalendar (RFC 5545) through biweekly: one VEVENT per event in Europe/Oslo with a
 * VTIMEZONE that the portal carries itself, for downloads, feeds and mail. Knows no entity.
 */
package no.boforum.event.calendar;
