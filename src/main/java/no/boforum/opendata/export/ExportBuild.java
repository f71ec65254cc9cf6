package no.boforum.opendata.export;

import java.time.Instant;
import java.util.Map;

/** One finished export: when, its file, and how many records of each dataset it holds. */
public record ExportBuild(
    Instant startedAt,
    Instant finishedAt,
    String fileName,
    long sizeBytes,
    String sha256,
    Map<String, Integer> counts) {}
