/** The event files under {@code content/events/}: their format and their importer. */
package no.boforum.event.content;
