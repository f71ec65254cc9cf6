package no.boforum.platform.text;

/**
 * The one rule for every text that enters the portal, from a form, the API or an address (decision
 * 0025): characters that no one types on purpose and that can change what others are shown are
 * dropped, the rest is kept as it came. Dropped are control characters (C0, DEL and C1) except tab
 * and line breaks, the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069; the marks U+200E and U+200F stay, they reorder nothing), private-use characters
 * and halves of surrogate pairs. Line breaks are made one kind: CR LF and a lone CR become LF.
 */
public final class InputText {
  private InputText() {}

  /** The text by the rule; null stays null. */
  public static String clean(String text) {
    if (text == null || isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        out.append('\n');
        if (i < text.length() && text.charAt(i) == '\n') {
          i++;
        }
      } else if (kept(c)) {
        out.appendCodePoint(c);
      }
    }
    return out.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c == '\r' || !kept(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean kept(int c) {
    if (c == '\t' || c == '\n') {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL, Character.PRIVATE_USE, Character.SURROGATE:
        return false;
      default:
        break;
    }
    switch (Character.getDirectionality(c)) {
      case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
      Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
      Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
      Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
      Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT,
      Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE,
      Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
      Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE,
      Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
        return false;
      default:
        return true;
    }
  }
}
