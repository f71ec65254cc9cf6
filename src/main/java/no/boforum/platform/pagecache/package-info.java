/**
 * The page cache for anonymous visitors (issue 19, decision 0035): a public page that a visitor
 * without a session sees is rendered once and served again from memory, with a fresh CSP nonce and
 * a validator for {@code 304} answers, until a change makes it stale.
 */
package no.boforum.platform.pagecache;
