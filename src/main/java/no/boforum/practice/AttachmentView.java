package no.boforum.practice;

import java.time.LocalDateTime;

/** A report or action plan attached to a practice; {@code path} is its download address. */
public record AttachmentView(
    long id,
    String title,
    String fileName,
    long sizeBytes,
    int pages,
    LocalDateTime uploadedAt,
    String path) {}
