/**
 * The discussions' Atom feed ({@code /feeds/discussions.atom[?category=<code>]}): new threads, of a
 * category or of all, without the names of the people who write (decision 0022).
 */
package no.boforum.discussion.feed;
