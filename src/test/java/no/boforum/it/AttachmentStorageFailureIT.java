package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: when the portal cannot write its attachment directory, an upload gets a clear answer
 * and leaves nothing behind. The directory is made unwritable the way an operator's mistake makes
 * it, and the same way for any user the suite runs as: {@code incoming/} replaced by a file. (A
 * full disk needs a mount: bench/drill_files.py drills that against the run command.)
 */
class AttachmentStorageFailureIT {
  private static final String TITLE = "Rapport som ble skrevet";

  static ApiSession editor;
  static String owner;

  @BeforeAll
  static void people() {
    owner = Organisations.verified("Lagringskommune").slug();
    editor = Accounts.session("storage-failure-editor", owner, "editor", null);
  }

  @Test
  void anUploadTheDirectoryCannotTakeIsRefusedClearlyThroughTheApiAndThePage() throws Exception {
    String slug = PracticeBuilder.practice(owner, "Praksis med full disk").draft(editor);
    long version = editor.get("api/practices/" + slug).json().path("version").asLong();
    String notWritable = english("error.storageNotWritable");
    byte[] pdf = PracticeCatalogueIT.pdf(false);
    String api = "api/practices/" + slug + "/attachments?title=Rapport";

    Path incoming = Path.of(System.getProperty("boforum.it.workDir"), "files", "incoming");
    Path aside = incoming.resolveSibling("incoming-aside");
    boolean existed = Files.isDirectory(incoming);
    if (existed) {
      Files.move(incoming, aside);
    }
    Answer refused;
    String page;
    try {
      Files.writeString(incoming, "a file where the directory of uploads belongs");

      refused = editor.postBytes(api, "application/pdf", pdf, "rapport.pdf");
      page = formUpload(slug, pdf);
    } finally {
      Files.delete(incoming);
      if (existed) {
        Files.move(aside, incoming);
      }
    }

    assertEquals(503, refused.status(), refused.raw().body());
    assertEquals(notWritable, refused.error(), refused.raw().body());
    assertTrue(page.contains(notWritable), "the page names the failure: " + page);
    assertTrue(page.contains("value=\"" + TITLE + "\""), "the title typed is kept: " + page);
    JsonNode after = editor.get("api/practices/" + slug).json();
    assertEquals(0, after.path("attachments").size(), after.toString());
    assertEquals(version, after.path("version").asLong(), "the practice is as it was");

    Answer stored = editor.postBytes(api, "application/pdf", pdf, "rapport.pdf");
    assertEquals(201, stored.status(), "once the directory is back: " + stored.raw().body());
  }

  /** The practice page's upload form as a browser sends it; answers the page that came back. */
  private static String formUpload(String slug, byte[] pdf) throws IOException {
    String practicePage = editor.page("practices/" + slug).body();
    Matcher form =
        Pattern.compile("<form id=\"upload\"[^>]*action=\"([^\"]+)\"").matcher(practicePage);
    Matcher state =
        Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(practicePage);
    assertTrue(form.find() && state.find(), practicePage);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("upload", "upload");
    fields.put("slug", slug);
    fields.put("upload:title", TITLE);
    fields.put("upload:send", "Send");
    fields.put("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    String boundary = "grense" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (var f : fields.entrySet()) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + f.getKey()
                  + "\"\r\n\r\n"
                  + f.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"upload:file\";"
                + " filename=\"rapport.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(pdf);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    Answer answer =
        editor.postBytes(
            form.group(1).replace("&amp;", "&").substring(1),
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray(),
            "rapport.pdf");
    assertEquals(200, answer.status(), "the form again, not an error page: " + answer.raw().body());
    return answer.raw().body();
  }

  private static String english(String key) {
    return ResourceBundle.getBundle("no.boforum.i18n.messages", Locale.ENGLISH).getString(key);
  }
}
