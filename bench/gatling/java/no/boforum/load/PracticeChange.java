package no.boforum.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the editors of {@link PageLoadSimulation} save: the practices of the demo editor's own
 * organisations that the editor may change ({@code GET /api/my-practices}; a published one only if
 * its owner is verified, as the workflow wants), the generated ones ({@code bench-...}) alone when
 * there are any, taken in turn so that two editors seldom save the same one at once. A save sends
 * back the practice's facts as read, in the API's input form ({@code PracticeInput}), with the
 * version read and one fact changed: {@code nordicEvidence} flips, so that two saves restore it.
 */
final class PracticeChange {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int MAX_PRACTICES = 50;

  /** Facts whose name and form are the same in the API's answer and its input. */
  static final List<String> SAME =
      List.of(
          "title",
          "summary",
          "body",
          "language",
          "actorTypes",
          "voluntaryRoles",
          "targetGroups",
          "themes",
          "places",
          "national",
          "startedOn",
          "endedOn",
          "activityStatus",
          "evidenceLevel",
          "evidenceNote",
          "evaluationPlanned",
          "funding",
          "procurementRoute",
          "outcomes",
          "contact",
          "links",
          "version");

  private final String email;
  private final String password;
  private final List<String> slugs;
  private final Map<String, Boolean> originals;
  private final Set<String> saving = ConcurrentHashMap.newKeySet();
  private final AtomicInteger next = new AtomicInteger();

  private PracticeChange(
      String email, String password, List<String> slugs, Map<String, Boolean> originals) {
    this.email = email;
    this.password = password;
    this.slugs = slugs;
    this.originals = originals;
  }

  /**
   * The editor's login ({@code load.editorEmail}, default the demo editor; the password in the file
   * {@code load.passwordFile}, default {@code data/demo-password.txt}) and the practices to save,
   * read once; nothing when there are no editors.
   */
  static PracticeChange prepare(Portal portal, double editorShare) {
    if (editorShare <= 0) {
      return new PracticeChange(null, null, List.of(), Map.of());
    }
    String email = Portal.setting("load.editorEmail", "demo-editor@boforum.test");
    Path file = Path.of(Portal.setting("load.passwordFile", "data/demo-password.txt"));
    String password;
    try {
      password = Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "the editors need the demo password: " + file.toAbsolutePath() + " (load.passwordFile)",
          e);
    }
    portal.login(email, password);
    Set<String> writable = new HashSet<>();
    for (JsonNode m : portal.get("/api/me/memberships")) {
      if (m.path("status").asText().equals("ACTIVE")
          && List.of("EDITOR", "ADMIN").contains(m.path("role").asText())) {
        writable.add(m.path("organisationSlug").asText());
      }
    }
    List<String> all = new ArrayList<>();
    List<String> generated = new ArrayList<>();
    for (JsonNode p : portal.get("/api/my-practices")) {
      String state = p.path("state").asText();
      JsonNode owner = p.path("owner");
      boolean editable =
          !state.equals("ARCHIVED")
              && (!state.equals("PUBLISHED") || owner.path("verified").asBoolean());
      if (editable && writable.contains(owner.path("slug").asText())) {
        String slug = p.path("slug").asText();
        all.add(slug);
        if (slug.startsWith("bench-")) {
          generated.add(slug);
        }
      }
    }
    List<String> slugs = generated.isEmpty() ? all : generated;
    if (slugs.isEmpty()) {
      throw new IllegalStateException(
          email + " may save none of its organisations' practices; set load.editors=0");
    }
    slugs.sort(null);
    slugs = slugs.subList(0, Math.min(MAX_PRACTICES, slugs.size()));
    Map<String, Boolean> originals = new LinkedHashMap<>();
    for (String slug : slugs) {
      originals.put(slug, portal.get("/api/practices/" + slug).path("nordicEvidence").asBoolean());
    }
    System.out.printf("Editors (%s) save %d practices in turn%n", email, slugs.size());
    return new PracticeChange(email, password, List.copyOf(slugs), originals);
  }

  /** The next practice in turn that no other editor is saving (or the next, if all are). */
  String claim() {
    String slug = null;
    for (int i = 0; i < slugs.size(); i++) {
      slug = slugs.get(Math.floorMod(next.getAndIncrement(), slugs.size()));
      if (saving.add(slug)) {
        return slug;
      }
    }
    return slug;
  }

  void release(String slug) {
    saving.remove(slug);
  }

  /** Flips back the fact the saves changed, where an odd number of saves left it changed. */
  void restore(Portal portal) {
    int restored = 0;
    for (Map.Entry<String, Boolean> original : originals.entrySet()) {
      try {
        JsonNode now = portal.get("/api/practices/" + original.getKey());
        if (now.path("nordicEvidence").asBoolean() != original.getValue()) {
          portal.put("/api/practices/" + original.getKey(), body(now.toString()));
          restored++;
        }
      } catch (IllegalStateException e) {
        // The report is written all the same; say which practice keeps the change.
        System.out.printf("Could not restore %s: %s%n", original.getKey(), e.getMessage());
      }
    }
    if (!originals.isEmpty()) {
      System.out.printf("Restored the saved fact of %d practices%n", restored);
    }
  }

  String loginBody() {
    return Portal.loginBody(email, password);
  }

  /** The body of the save: {@code details} (the practice's JSON) in the input form, changed. */
  String body(String details) {
    try {
      JsonNode read = JSON.readTree(details);
      ObjectNode input = JSON.createObjectNode();
      for (String field : SAME) {
        if (read.has(field)) {
          input.set(field, read.get(field));
        }
      }
      input.put("owner", read.path("owner").path("slug").asText());
      ArrayNode partners = input.putArray("partners");
      read.path("partners").forEach(p -> partners.add(p.path("slug").asText()));
      input.put("nordicEvidence", !read.path("nordicEvidence").asBoolean());
      input.put("note", "Load test (bench/pages.py)");
      return JSON.writeValueAsString(input);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
