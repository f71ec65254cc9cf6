package no.boforum.platform.api;

import java.util.List;

/** One page of a list answer: the total across all pages, and this page's items. */
public record Page<T>(long total, List<T> items) {}
