package no.boforum.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page's Content-Security-Policy nonce, in the form PrimeFaces gives its own. */
public final class CspNonce {
  private static final Pattern IN_POLICY = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

  private CspNonce() {}

  /** A new nonce: Base64 of a random UUID's text, as PrimeFaces makes it. */
  public static String fresh() {
    return Base64.getEncoder()
        .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  /** The nonce a policy names, or null. */
  public static String in(String policy) {
    if (policy == null) {
      return null;
    }
    Matcher m = IN_POLICY.matcher(policy);
    return m.find() ? m.group(1) : null;
  }
}
