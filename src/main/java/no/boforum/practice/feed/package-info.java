/**
 * The practices' Atom feed ({@code /feeds/practices.atom}): published practices, the newest change
 * first, filtered by the catalogue's parameters (decision 0022).
 */
package no.boforum.practice.feed;
