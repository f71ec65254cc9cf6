/**
 * Forum events: innovation forums that Husbanken and verified organisations host, with registration
 * by sector seats, a waiting list that promotes itself, calendars, check-in and findings.
 */
package no.boforum.event;
