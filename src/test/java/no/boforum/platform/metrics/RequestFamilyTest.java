package no.boforum.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The label a request's metrics get: a family from the code, never the address. */
class RequestFamilyTest {
  @ParameterizedTest
  @CsvSource({
    "/, home",
    "'', home",
    "/index.xhtml, home",
    "/practices, practices",
    "/practices/, practices",
    "/practices.xhtml, practices",
    "/practices/bokollektiv-i-bergen, practice",
    "/practices/bokollektiv-i-bergen/edit, practice",
    "/practice.xhtml, practice",
    "/files/ab/cdef.pdf, practice-files",
    "/search, search",
    "/search.xhtml, search",
    "/events, events",
    "/events/, events",
    "/events/sommarmote-2026, event",
    "/event/event.xhtml, event",
    "/discussions, discussions",
    "/discussions/12-bustotte, discussion",
    "/discussions/feed.atom, feed",
    "/discussions/12-bustotte/feed.atom, feed",
    "/moderation, discussion",
    "/matching, matching",
    "/matching/7-treng-hjelp/contact, matching",
    "/organisations/bergen-kommune, organisation",
    "/login, account",
    "/login/oidc/test, account",
    "/register.xhtml, account",
    "/my/profile, my",
    "/admin/users, admin",
    "/admin/, admin",
    "/feeds/practices.atom, feed",
    "/open-data/catalog, open-data",
    "/jakarta.faces.resource/theme.css.xhtml, static",
    "/favicon.ico, static",
    "/health/ready, health",
    "/health, health",
    "/openapi, openapi",
    "/api/practices/bokollektiv-i-bergen, api-practices",
    "/api/adoptions/12, api-practices",
    "/api/search/similar, api-search",
    "/api/me/notification-preferences, api-account",
    "/api/matching/7/conversations, api-matching",
    "/api/no-such-thing/123, api-other",
    "/api, api-other",
    "/terms, other",
    "/no/such/page/12345, other",
    "/practices;jsessionid=abc, practices",
  })
  void familyOfAnAddress(String path, String family) {
    assertEquals(family, RequestFamily.of(path));
  }

  @Test
  void anAddressOutsideTheTableIsNeverItsOwnLabel() {
    for (String path : List.of("/x1y2z3", "/x1y2z3/abc", "/api/x1y2z3", "/x1y2z3.xhtml")) {
      assertFalse(RequestFamily.of(path).contains("x1y2z3"), path);
    }
  }

  /** A new JAX-RS resource under a new address counts under its feature, not under api-other. */
  @Test
  void everyApiResourceHasItsFamily() throws IOException, URISyntaxException {
    var classes =
        java.nio.file.Path.of(
            RequestFamily.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> resources = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      files
          .map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith("Resource.class") && f.contains("/api/"))
          .map(f -> f.substring(0, f.length() - 6).replace('/', '.'))
          .forEach(resources::add);
    }
    assertFalse(resources.isEmpty(), "no resources found under " + classes);
    for (String name : resources) {
      Class<?> type = load(name);
      Path path = type.getAnnotation(Path.class);
      if (path == null) {
        continue;
      }
      List<String> addresses = new ArrayList<>();
      if (path.value().isEmpty()) {
        // Resources at the API's root name their address on each method.
        for (var method : type.getDeclaredMethods()) {
          Path own = method.getAnnotation(Path.class);
          if (own != null) {
            addresses.add(own.value());
          }
        }
      } else {
        addresses.add(path.value());
      }
      for (String address : addresses) {
        assertNotEquals(
            "api-other", RequestFamily.of("/api/" + address), name + " at /api/" + address);
      }
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RequestFamilyTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
