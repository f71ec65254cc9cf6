package no.boforum.taxonomy;

/** A term as pages and the API show it: its code and its label in the asked language. */
public record Term(String code, String label, String parent) {}
