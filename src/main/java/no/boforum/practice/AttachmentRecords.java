package no.boforum.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.InputText;
import no.boforum.platform.text.Slugs;
import no.boforum.practice.attachment.Inspection;
import no.boforum.practice.attachment.Stored;

/** The transactional half of {@link AttachmentService}: rights, and the attachment rows. */
@ApplicationScoped
public class AttachmentRecords {
  static final int MAX_TITLE = 200;

  /** An attachment found for download. */
  record Found(String storageKey, String fileName, long size) {}

  @Inject PracticeRepository repository;
  @Inject PracticeParts parts;
  @Inject PracticeAccess access;
  @Inject CurrentCaller caller;
  @Inject PracticeChanges changes;
  Clock clock = Clock.systemUTC();

  @Transactional
  public void requireWritable(String slug) {
    writable(slug);
  }

  @Transactional
  AttachmentView save(
      String slug,
      String title,
      String fileName,
      Stored stored,
      String storageKey,
      Inspection inspection) {
    Practice p = writable(slug);
    String name = safeFileName(fileName);
    // The title comes as a query parameter, past the JSON reader that applies the input rule.
    String cleaned = InputText.clean(title);
    String shown = cleaned == null || cleaned.isBlank() ? name : cleaned.strip();
    if (shown.length() > MAX_TITLE) {
      throw new InputProblem("title", "practice.tooLong", MAX_TITLE, shown.length());
    }
    Attachment a =
        new Attachment(
            p.getId(),
            shown,
            name,
            stored.size(),
            stored.sha256(),
            storageKey,
            inspection.pages(),
            inspection.text(),
            caller.get().userId(),
            LocalDateTime.now(clock));
    repository.persist(a);
    reindex(p);
    return PracticeViews.attachment(p, a);
  }

  /** Deletes the row and returns the storage key of the file to delete after the commit. */
  @Transactional
  String delete(String slug, long id) {
    Practice p = writable(slug);
    Attachment a =
        parts
            .findAttachment(id)
            .filter(x -> x.getPracticeId() == p.getId())
            .orElseThrow(() -> new UnknownPracticeException(slug + "/" + id));
    repository.remove(a);
    reindex(p);
    return a.getStorageKey();
  }

  @Transactional
  Found find(String slug, long id) {
    Practice p = repository.findBySlug(slug).orElseThrow(() -> new UnknownPracticeException(slug));
    if (!PracticeWorkflow.mayView(p.getState(), access.rights(p.getOwnerOrganisationId()))) {
      throw new UnknownPracticeException(slug);
    }
    Attachment a =
        parts
            .findAttachment(id)
            .filter(x -> x.getPracticeId() == p.getId())
            .orElseThrow(() -> new UnknownPracticeException(slug + "/" + id));
    return new Found(a.getStorageKey(), a.getFileName(), a.getSizeBytes());
  }

  /**
   * The practice's search document holds its attachments' text, and the index keeps a document only
   * if its version grew: the practice's version is raised with the attachments.
   */
  private void reindex(Practice p) {
    repository.raiseVersion(p);
    changes.announce(p.getSlug());
  }

  private Practice writable(String slug) {
    Practice p = repository.findBySlug(slug).orElseThrow(() -> new UnknownPracticeException(slug));
    var rights = access.rights(p.getOwnerOrganisationId());
    if (!PracticeWorkflow.mayEdit(p.getState(), rights)) {
      if (!PracticeWorkflow.mayView(p.getState(), rights)) {
        throw new UnknownPracticeException(slug);
      }
      access.refuse(PracticeAction.EDIT);
    }
    return p;
  }

  /**
   * A file name safe in a URL path and a header: the browser's name without folders, reduced to
   * letters, digits, dots, hyphens and underscores, ending in .pdf.
   */
  static String safeFileName(String original) {
    String base = original == null ? "" : original.replaceAll(".*[/\\\\]", "");
    base = base.replaceAll("(?i)\\.pdf$", "");
    base = base.isBlank() ? "vedlegg" : Slugs.of(base);
    return base.toLowerCase(Locale.ROOT) + ".pdf";
  }
}
