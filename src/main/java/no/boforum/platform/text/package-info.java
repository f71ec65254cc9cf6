/** Rendering of user and editor text. */
package no.boforum.platform.text;
