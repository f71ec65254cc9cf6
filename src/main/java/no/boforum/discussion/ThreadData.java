package no.boforum.discussion;

/**
 * A new thread as its asker writes it: the kind, title, category, what it is about (a practice or
 * an event, by slug; at most one) and the text of its first post in Markdown.
 */
public record ThreadData(
    ThreadKind kind, String title, String category, String practice, String event, String body) {}
