package no.boforum.practice.attachment;

/** What a readable PDF holds: its number of pages and its text (possibly cut, possibly empty). */
public record Inspection(int pages, String text) {}
