package no.boforum.notification;

/**
 * What happened, as a feature tells it: {@link Notifications#send} takes it with the people to
 * tell. Build one with {@link #of} and the {@code with} methods.
 *
 * @param variant picks the text {@code notify.line.<kind>.<variant>} (a moderator's action), or
 *     null for {@code notify.line.<kind>}
 * @param actorId who caused it (named in the text, and never told of it), or null
 * @param argument a value the line names as {2} (the end of a suspension, a number), or null
 * @param detail plain text shown under the line (a moderator's note, titles of new practices)
 * @param onceKey what makes it the same notification if it is sent again (the post's id): one
 *     person gets one of a kind per key; null for none
 */
public record Notice(
    NotificationKind kind,
    String variant,
    Subject subject,
    Long actorId,
    String argument,
    String detail,
    String onceKey) {

  /**
   * What it is about: the digest gathers a subject's notifications under its title.
   *
   * @param type thread, event, practice, search or organisation: the digest's groups
   * @param key the subject's id within its type
   * @param title the subject's title as it is now
   * @param path the page inside the portal, without a leading slash ({@code discussions/t/12-x})
   */
  public record Subject(String type, String key, String title, String path) {
    public Subject {
      if (!isPage(path)) {
        throw new IllegalArgumentException(
            "A page inside the portal, without a leading slash: " + path);
      }
    }

    /**
     * Whether {@code path} is a page inside the portal as a notification may link it: relative, at
     * most 500 characters of a URL's characters, no other host, no scheme.
     */
    public static boolean isPage(String path) {
      return path != null
          && !path.isEmpty()
          && path.length() <= 500
          && path.matches("[a-z][A-Za-z0-9._~!$&'()*+,;=:@%/?#-]*")
          && !path.contains("//")
          && !scheme(path);
    }

    /** A colon before the first slash (or with none): {@code javascript:}, {@code https:}. */
    private static boolean scheme(String path) {
      int colon = path.indexOf(':');
      int slash = path.indexOf('/');
      return colon >= 0 && (slash < 0 || colon < slash);
    }
  }

  public static Notice of(NotificationKind kind, Subject subject) {
    return new Notice(kind, null, subject, null, null, null, null);
  }

  public Notice by(Long actor) {
    return new Notice(kind, variant, subject, actor, argument, detail, onceKey);
  }

  public Notice variant(String name) {
    return new Notice(kind, name, subject, actorId, argument, detail, onceKey);
  }

  public Notice argument(String value) {
    return new Notice(kind, variant, subject, actorId, value, detail, onceKey);
  }

  public Notice detail(String text) {
    return new Notice(kind, variant, subject, actorId, argument, text, onceKey);
  }

  public Notice once(String key) {
    return new Notice(kind, variant, subject, actorId, argument, detail, key);
  }
}
