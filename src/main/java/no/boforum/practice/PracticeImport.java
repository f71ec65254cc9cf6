package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.MarkdownRenderer;

/**
 * Seed practices from content files: published as they are, with their adoptions. An unchanged file
 * writes nothing; a practice that someone has since edited in the portal is left alone.
 */
@ApplicationScoped
public class PracticeImport {
  /** What an import did with one practice. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    /** Edited in the portal since (or created there): the file no longer decides. */
    KEPT
  }

  @Inject PracticeRepository repository;
  @Inject MarkdownRenderer markdown;
  @Inject PracticeParts parts;
  @Inject PracticeValidator validator;
  @Inject PracticeRevisions revisions;
  @Inject AdoptionService adoptions;
  @Inject PracticeChanges changes;
  Clock clock = Clock.systemUTC();

  @Transactional
  public Outcome importPractice(
      String slug,
      PracticeData data,
      LocalDate reviewed,
      List<AdoptionData> seedAdoptions,
      String sourceHash) {
    Optional<Practice> existing = repository.findBySlug(slug);
    if (existing.isPresent() && sourceHash.equals(existing.get().getSourceHash())) {
      return Outcome.UNCHANGED;
    }
    if (existing.isPresent() && existing.get().getSourceHash() == null) {
      return Outcome.KEPT;
    }
    PracticeData valid = validator.validateImported(data);
    seedAdoptions.forEach(adoptions::check);
    LocalDateTime now = LocalDateTime.now(clock);
    Practice p = existing.orElseGet(() -> new Practice(slug, now));
    p.update(valid, markdown, now);
    p.setSourceHash(sourceHash);
    if (p.getState() != PracticeState.PUBLISHED) {
      p.moveTo(PracticeState.PUBLISHED, now);
    }
    p.setLastReviewedAt(reviewed == null ? now : reviewed.atStartOfDay());
    repository.persist(p);
    parts.removeSeedAdoptions(p.getId());
    for (AdoptionData a : seedAdoptions) {
      adoptions.add(p, a, null, now);
    }
    adoptions.recount(p);
    revisions.record(p, null, "content/practices/" + slug + ".md");
    changes.announce(slug);
    return existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED;
  }

  /** Thrown for a file whose organisation slug is unknown. */
  public static InputProblem unknownOrganisation(String field, String slug) {
    return new InputProblem(field, "practice.organisationUnknown", slug);
  }
}
