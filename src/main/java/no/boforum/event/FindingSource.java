package no.boforum.event;

import java.util.List;

/**
 * A finding of a closed forum as another feature may start from it (a need made from what
 * municipalities want): its kind and text, the forum's address and title, and its themes.
 */
public record FindingSource(
    long id,
    FindingKind kind,
    String text,
    String eventSlug,
    String eventTitle,
    List<String> themes) {}
