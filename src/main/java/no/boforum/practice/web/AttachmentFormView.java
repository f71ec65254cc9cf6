package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import no.boforum.platform.StorageUnavailable;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.practice.AttachmentService;
import no.boforum.practice.attachment.AttachmentRefused;
import no.boforum.practice.attachment.AttachmentStorage;

/**
 * The practice page's PDF upload and removal. A refused file, or a file the portal could not store
 * (its disk full or not writable), is named beside the file input; the title stays as typed (a
 * browser never keeps a chosen file across a page load).
 */
@Named
@RequestScoped
public class AttachmentFormView {
  static final String FORM = "upload";

  @Inject AttachmentService attachments;
  @Inject PracticeForms forms;
  @Inject Language language;
  private String title;
  private Part file;

  public String upload(String slug) throws IOException {
    if (file == null || file.getSize() == 0) {
      FacesMessages.error(FORM + ":" + AttachmentRefused.FIELD, "attachment.empty");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      return forms.submit(
          FORM,
          "attachment.uploaded",
          () -> {
            attachments.upload(slug, title, file.getSubmittedFileName(), in);
            return slug;
          });
    } catch (StorageUnavailable e) {
      FacesMessages.error(FORM + ":" + AttachmentRefused.FIELD, e.messageKey());
      return null;
    }
  }

  public String remove(String slug, long id) throws IOException {
    return forms.submit(
        null,
        "attachment.removed",
        () -> {
          attachments.remove(slug, id);
          return slug;
        });
  }

  public long getMaxBytes() {
    return AttachmentStorage.MAX_BYTES;
  }

  /** The refusal in the page's language, for the check the browser makes before sending. */
  public String getTooLargeText() {
    AttachmentRefused refused = AttachmentRefused.tooLarge(AttachmentStorage.MAX_BYTES);
    return Messages.format(language.getLocale(), refused.messageKey(), refused.arguments());
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
