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
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where exports are kept: the ZIPs in {@code open-data/} under the files directory (shared by the
 * instances, as for attachments), their records in the database. The newest two files are kept, so
 * that a download that began before a new build still finishes.
 */
@ApplicationScoped
public class ExportStore {
  private static final Logger LOG = Logger.getLogger(ExportStore.class.getName());
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

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
      Path zip, Instant startedAt, Instant finishedAt, Map<String, Integer> counts)
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
                + " record_counts) VALUES (?, ?, ?, ?, ?, ?)")
        .setParameter(1, utc(startedAt))
        .setParameter(2, utc(finishedAt))
        .setParameter(3, name)
        .setParameter(4, build.sizeBytes())
        .setParameter(5, sha256)
        .setParameter(6, JSON.writeValueAsString(counts))
        .executeUpdate();
    removeOlderThan(name);
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

  /** The earliest request that no export started after it has answered yet. */
  @Transactional
  public Optional<Instant> pendingRequest() {
    Object found =
        em.createNativeQuery(
                "SELECT MIN(r.requested_at) FROM open_data_request r WHERE NOT EXISTS"
                    + " (SELECT 1 FROM open_data_build b WHERE b.started_at >= r.requested_at)")
            .getSingleResult();
    return Optional.ofNullable(found).map(ExportStore::instant);
  }

  private void removeOlderThan(String newest) throws IOException {
    List<Path> old;
    try (Stream<Path> files = Files.list(directory)) {
      old =
          files
              .filter(p -> p.getFileName().toString().startsWith("boforum-open-data-"))
              .filter(p -> !p.getFileName().toString().equals(newest))
              .sorted()
              .toList();
    }
    // The names sort by time: keep the newest one before this build.
    for (Path p : old.subList(0, Math.max(0, old.size() - 1))) {
      Files.deleteIfExists(p);
      LOG.fine(() -> "Removed the old export " + p.getFileName());
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
