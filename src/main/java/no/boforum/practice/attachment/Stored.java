package no.boforum.practice.attachment;

import java.nio.file.Path;

/** A received upload, not yet kept: where it waits, its size and its SHA-256 in lower-case hex. */
public record Stored(Path tempFile, long size, String sha256) {}
