package no.boforum.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.boforum.identity.ProfileService;
import no.boforum.platform.InputProblem;

/** Keeps a revision of the whole record at every save and move, and reads them back. */
@ApplicationScoped
public class PracticeRevisions {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** One revision as the history page lists it. */
  public record RevisionView(
      int number, PracticeState state, String author, String note, LocalDateTime createdAt) {}

  @Inject PracticeRepository repository;
  @Inject ProfileService profiles;
  Clock clock = Clock.systemUTC();

  static final int MAX_NOTE = 500;

  void record(Practice p, Long authorId, String note) {
    if (note != null && note.strip().length() > MAX_NOTE) {
      throw new InputProblem("note", "practice.tooLong", MAX_NOTE, note.strip().length());
    }
    int number = repository.lastRevisionNumber(p.getId()) + 1;
    repository.persist(
        new PracticeRevision(
            p.getId(),
            number,
            p.getState(),
            authorId,
            note == null || note.isBlank() ? null : note.strip(),
            write(p.data()),
            LocalDateTime.now(clock)));
  }

  List<RevisionView> list(Practice p) {
    List<PracticeRevision> revisions = repository.revisions(p.getId());
    Map<Long, String> names =
        profiles.displayNames(
            revisions.stream()
                .map(PracticeRevision::getAuthorId)
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
    return revisions.stream()
        .map(
            r ->
                new RevisionView(
                    r.getNumber(),
                    r.getState(),
                    r.getAuthorId() == null ? null : names.get(r.getAuthorId()),
                    r.getNote(),
                    r.getCreatedAt()))
        .toList();
  }

  Optional<PracticeData> data(Practice p, int number) {
    return repository.revisions(p.getId()).stream()
        .filter(r -> r.getNumber() == number)
        .findFirst()
        .map(r -> read(r.getSnapshot()));
  }

  static String write(PracticeData data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A practice record is always writable as JSON", e);
    }
  }

  static PracticeData read(String json) {
    try {
      return JSON.readValue(json, PracticeData.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored revision is not readable: " + e.getMessage(), e);
    }
  }
}
