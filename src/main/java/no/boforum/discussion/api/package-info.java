/** Discussions as JSON under {@code /api/discussions}: threads, posts, marks and answers. */
package no.boforum.discussion.api;
