package no.boforum.practice.attachment;

import no.boforum.platform.InputProblem;

/** An uploaded file we will not keep, with the reason the person who sent it is told. */
public class AttachmentRefused extends InputProblem {
  /** The form field and API part that carries the file. */
  public static final String FIELD = "file";

  private static final long MEGABYTE = 1024L * 1024;

  /** Why a file was refused; each reason has its message in the bundles. */
  public enum Reason {
    NOT_PDF("attachment.notPdf"),
    ENCRYPTED("attachment.encrypted"),
    BROKEN("attachment.broken"),
    TOO_LARGE("attachment.tooLarge"),
    TOO_LARGE_UNPACKED("attachment.tooLargeUnpacked"),
    EMPTY("attachment.empty");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final Reason reason;

  public AttachmentRefused(Reason reason, Object... arguments) {
    super(FIELD, reason.messageKey(), arguments);
    this.reason = reason;
  }

  /** The message names the limit in whole megabytes, rounded up. */
  public static AttachmentRefused tooLarge(long maxBytes) {
    return new AttachmentRefused(Reason.TOO_LARGE, (maxBytes + MEGABYTE - 1) / MEGABYTE);
  }

  public Reason reason() {
    return reason;
  }
}
