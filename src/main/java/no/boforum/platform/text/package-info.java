/**
 * Text in and out: the one input rule for everything people type ({@code InputText}), rendering of
 * user and editor text, slugs, addresses, signed links and the guard for spreadsheet cells.
 */
package no.boforum.platform.text;
