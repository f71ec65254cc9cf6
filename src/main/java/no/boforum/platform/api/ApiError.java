package no.boforum.platform.api;

/** The body of every error answer of the API. */
public record ApiError(int status, String error) {}
