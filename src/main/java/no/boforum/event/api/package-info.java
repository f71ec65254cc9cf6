/** Events as JSON: the public calendar, and hosts' writes. */
package no.boforum.event.api;
