package no.boforum.platform.text;

import java.text.Normalizer;
import java.util.Locale;

/** Addresses made from names: "Frivillig sentral Ål" becomes {@code frivillig-sentral-al}. */
public final class Slugs {
  static final int MAX = 80;

  private Slugs() {}

  public static String of(String name) {
    String lower =
        name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
    String ascii = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX) {
      slug = slug.substring(0, MAX).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "organisasjon" : slug;
  }
}
