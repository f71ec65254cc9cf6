/**
 * The needs and offers' Atom feed ({@code /feeds/matching.atom[?kind=need|offer]}): current
 * postings, the newest first, as the board shows them (decision 0022).
 */
package no.boforum.matching.feed;
