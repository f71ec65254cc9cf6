package no.boforum.matching.conversation;

import no.boforum.platform.text.TextFields;

/**
 * The texts people type into a conversation: a message (plain text, shown escaped with its line
 * breaks) and a flag's reason; stripped, required and limited in length.
 */
public final class MessageText {
  public static final int MAX = 4000;
  public static final int REASON_MAX = 1000;

  private MessageText() {}

  /** The message as stored, or an InputProblem on {@code text}. */
  public static String message(String value) {
    return TextFields.required("matching.conversation.text", "text", value, MAX);
  }

  /** The reason for a flag, or an InputProblem on {@code reason}. */
  public static String reason(String value) {
    return TextFields.required("matching.conversation.reason", "reason", value, REASON_MAX);
  }
}
