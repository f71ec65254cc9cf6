package no.boforum.platform.web;

import java.util.Set;

/** The HTTP methods that change nothing (RFC 9110, 9.2.1): a request by one of them only reads. */
public final class SafeMethods {
  private static final Set<String> ALL = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private SafeMethods() {}

  public static boolean contains(String method) {
    return ALL.contains(method);
  }
}
