/** Imports the discussion categories from {@code content/discussions/}. */
package no.boforum.discussion.content;
