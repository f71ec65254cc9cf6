package no.boforum.platform.web;

/**
 * Addresses for mails, feeds and calendars, which leave the portal and so cannot be relative: the
 * configured public address ({@code boforum.public-url}, with or without a final slash) and a path.
 */
public final class PublicUrls {
  private PublicUrls() {}

  /** The public address, ending in a slash. */
  public static String base(String publicUrl) {
    return publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
  }
}
