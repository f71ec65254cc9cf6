package no.boforum.opendata.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where exports are kept: the ZIPs in {@code open-data/} under the files directory (shared by the
 * instances, as for attachments), their records in the database. The newest two files, and any made
 * in the last two hours, are kept, so that a download that began before a new build still finishes.
 */
@ApplicationScoped
public class ExportStore {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration KEEP = Duration.ofHours(2);

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "boforum.files.directory", defaultValue = "data/files")
  String filesDirectory;

  private Path directory;

  @PostConstruct
  void init() {
    directory = Path.of(filesDirectory).toAbsolutePath().normalize().resolve("open-data");
  }

  /** The directory of the exports, made when first needed. */
  Path directory() throws IOException {
    return Files.createDirectories(directory);
  }

  /** The last finished export, if any. */
  @Transactional
  public Optional<ExportBuild> latest() {
    List<?> rows =
        em.createNativeQuery(
                "SELECT started_at, finished_at, file_name, size_bytes, sha256, record_counts"
                    + " FROM open_data_build ORDER BY finished_at DESC, id DESC LIMIT 1")
            .getResultList();
    return rows.stream().findFirst().map(r -> build((Object[]) r));
  }

  /** The file of an export; empty if it is gone from disk. */
  public Optional<Path> file(ExportBuild build) {
    Path file = directory.resolve(build.fileName()).normalize();
    return file.startsWith(directory) && Files.isRegularFile(file)
        ? Optional.of(file)
        : Optional.empty();
  }

  /** Takes a finished ZIP into the store and records it; older files but the last are deleted. */
  @Transactional
  public ExportBuild keep(
      Path zip, Instant startedAt, Instant finishedAt, Map<String, Integer> counts, Long answered)
      throws IOException {
    String sha256 = sha256(zip);
    String name = "boforum-open-data-" + STAMP.format(finishedAt) + ".zip";
    Path target = directory().resolve(name);
    Files.move(zip, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    ExportBuild build =
        new ExportBuild(
            startedAt, finishedAt, name, Files.size(target), sha256, Map.copyOf(counts));
    em.createNativeQuery(
            "INSERT INTO open_data_build (started_at, finished_at, file_name, size_bytes, sha256,"
                + " record_counts, answered_request_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, utc(startedAt))
        .setParameter(2, utc(finishedAt))
        .setParameter(3, name)
        .setParameter(4, build.sizeBytes())
        .setParameter(5, sha256)
        .setParameter(6, JSON.writeValueAsString(counts))
        .setParameter(7, answered)
        .executeUpdate();
    removeOld();
    return build;
  }

  /** An administrator asks for a fresh export: the job takes it on its next round. */
  @Transactional
  public Instant request(Instant now) {
    em.createNativeQuery("INSERT INTO open_data_request (requested_at) VALUES (?)")
        .setParameter(1, utc(now))
        .executeUpdate();
    return now;
  }

  /** The last request made so far (an export that begins now answers it and those before). */
  @Transactional
  public Long lastRequest() {
    Object last = em.createNativeQuery("SELECT MAX(id) FROM open_data_request").getSingleResult();
    return last == null ? null : ((Number) last).longValue();
  }

  /** When the earliest request that no export has answered yet was made. */
  @Transactional
  public Optional<Instant> pendingRequest() {
    Object found =
        em.createNativeQuery(
                "SELECT MIN(requested_at) FROM open_data_request WHERE id >"
                    + " (SELECT COALESCE(MAX(answered_request_id), 0) FROM open_data_build)")
            .getSingleResult();
    return Optional.ofNullable(found).map(ExportStore::instant);
  }

  /**
   * Removes the exports older than the newest two that are also more than {@link #KEEP} old (a
   * download of one may still run on another instance), and scratch directories that a stopped
   * build left behind.
   */
  private void removeOld() throws IOException {
    Instant before = Instant.now().minus(KEEP);
    List<Path> exports;
    List<Path> scratch;
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> all = files.toList();
      exports =
          all.stream()
              .filter(p -> p.getFileName().toString().startsWith("boforum-open-data-"))
              .sorted(Comparator.reverseOrder())
              .toList();
      scratch =
          all.stream().filter(p -> p.getFileName().toString().startsWith("building-")).toList();
    }
    for (Path p : exports.subList(Math.min(2, exports.size()), exports.size())) {
      if (olderThan(p, before)) {
        Files.deleteIfExists(p);
      }
    }
    for (Path p : scratch) {
      if (olderThan(p, Instant.now().minus(Duration.ofDays(1)))) {
        deleteTree(p);
      }
    }
  }

  private static boolean olderThan(Path p, Instant before) throws IOException {
    return Files.getLastModifiedTime(p).toInstant().isBefore(before);
  }

  static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static ExportBuild build(Object[] r) {
    try {
      Map<String, Integer> counts =
          JSON.readValue((String) r[5], new TypeReference<Map<String, Integer>>() {});
      return new ExportBuild(
          instant(r[0]),
          instant(r[1]),
          (String) r[2],
          ((Number) r[3]).longValue(),
          (String) r[4],
          counts);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Times are kept as UTC wall-clock times, as everywhere in the portal. */
  private static java.time.LocalDateTime utc(Instant i) {
    return java.time.LocalDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value);
  }
}
