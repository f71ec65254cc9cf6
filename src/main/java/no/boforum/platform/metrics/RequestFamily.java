package no.boforum.platform.metrics;

import java.util.Map;
import java.util.Set;

/**
 * The family of a request, a label for its metrics: the page, feed or API it belongs to, from the
 * addresses the portal serves. Never the address itself (slugs, ids and queries would make a series
 * per practice); an address outside every family is {@code other}, an API the table does not know
 * {@code api-other}. A feature that opens a new address space adds it here.
 */
public final class RequestFamily {
  /** The first segment of an API address, and the feature it belongs to. */
  private static final Map<String, String> API =
      Map.ofEntries(
          Map.entry("practices", "practices"),
          Map.entry("adoptions", "practices"),
          Map.entry("my-practices", "practices"),
          Map.entry("review-queue", "practices"),
          Map.entry("taxonomies", "taxonomies"),
          Map.entry("search", "search"),
          Map.entry("saved-searches", "search"),
          Map.entry("events", "events"),
          Map.entry("calendar", "events"),
          Map.entry("discussions", "discussions"),
          Map.entry("moderation", "discussions"),
          Map.entry("matching", "matching"),
          Map.entry("organisations", "organisations"),
          Map.entry("session", "account"),
          Map.entry("accounts", "account"),
          Map.entry("me", "account"),
          Map.entry("notifications", "notifications"),
          Map.entry("admin", "admin"),
          Map.entry("open-data", "open-data"));

  /** Pages at the root, by name (with or without {@code .xhtml}). */
  private static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("", "home"),
          Map.entry("index", "home"),
          Map.entry("practices", "practices"),
          Map.entry("practice", "practice"),
          Map.entry("practice-edit", "practice"),
          Map.entry("practice-history", "practice"),
          Map.entry("search", "search"),
          Map.entry("events", "events"),
          Map.entry("discussions", "discussions"),
          Map.entry("moderation", "discussion"),
          Map.entry("matching", "matching"),
          Map.entry("organisations", "organisation"),
          Map.entry("organisation", "organisation"),
          Map.entry("organisation-edit", "organisation"),
          Map.entry("login", "account"),
          Map.entry("logout", "account"),
          Map.entry("register", "account"),
          Map.entry("verify", "account"),
          Map.entry("forgot-password", "account"),
          Map.entry("reset-password", "account"),
          Map.entry("open-data", "open-data"),
          Map.entry("openapi", "openapi"),
          Map.entry("health", "health"));

  /** Address spaces, by their first segment, when more follows it. */
  private static final Map<String, String> SPACES =
      Map.ofEntries(
          Map.entry("practices", "practice"),
          Map.entry("files", "practice-files"),
          Map.entry("events", "event"),
          Map.entry("event", "event"),
          Map.entry("discussions", "discussion"),
          Map.entry("discussion", "discussion"),
          Map.entry("matching", "matching"),
          Map.entry("match", "matching"),
          Map.entry("organisations", "organisation"),
          Map.entry("login", "account"),
          Map.entry("my", "my"),
          Map.entry("notifications", "my"),
          Map.entry("admin", "admin"),
          Map.entry("feeds", "feed"),
          Map.entry("open-data", "open-data"),
          Map.entry("openapi", "openapi"),
          Map.entry("health", "health"),
          Map.entry("jakarta.faces.resource", "static"),
          Map.entry("resources", "static"));

  private static final Set<String> STATIC_FILES = Set.of("favicon.ico", "robots.txt");

  private RequestFamily() {}

  /** The family of a path within the application ({@code /practices/x}, without query). */
  public static String of(String path) {
    String p = path == null ? "" : path;
    int params = p.indexOf(';');
    if (params >= 0) {
      p = p.substring(0, params);
    }
    p = p.startsWith("/") ? p.substring(1) : p;
    int slash = p.indexOf('/');
    String first = slash < 0 ? p : p.substring(0, slash);
    String rest = slash < 0 ? "" : p.substring(slash + 1);
    if (first.equals("api")) {
      return api(rest);
    }
    if (rest.endsWith(".atom")) {
      return "feed";
    }
    if (rest.isEmpty()) {
      if (STATIC_FILES.contains(first)) {
        return "static";
      }
      // "/practices/" is the list, as "/practices" is; "/admin/" is the admin space.
      String page = first.endsWith(".xhtml") ? first.substring(0, first.length() - 6) : first;
      return PAGES.getOrDefault(page, SPACES.getOrDefault(first, "other"));
    }
    return SPACES.getOrDefault(first, "other");
  }

  private static String api(String rest) {
    int slash = rest.indexOf('/');
    String first = slash < 0 ? rest : rest.substring(0, slash);
    String feature = API.get(first);
    return feature == null ? "api-other" : "api-" + feature;
  }
}
