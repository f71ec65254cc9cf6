package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Requests no browser would send, shaped by hand (issue 18): a byte that is not UTF-8 in the
 * address, a multipart body that is no multipart, a view state nobody was given. Each is the
 * sender's mistake, answered 400 with the usual page (or the API's JSON error), never a 500 or a
 * stack trace. Raw HTTP over a socket, so that the bytes are the test's own.
 */
class MalformedRequestIT {

  @Test
  void aByteThatIsNotUtf8InTheQueryOfAPageIsABadRequest() throws Exception {
    for (String path : new String[] {"/search?q=%FF", "/practices?q=ab%C3%28", "/login?x=%FE"}) {
      String answer = send("GET", path, null, null, null);
      assertBadRequestPage(path, answer);
    }
  }

  @Test
  void aByteThatIsNotUtf8InTheQueryOfTheApiIsABadRequest() throws Exception {
    for (String path : new String[] {"/api/practices?q=%FF", "/api/search?q=%C3%28"}) {
      String answer = send("GET", path, null, null, null);
      assertEquals(400, RequestHardeningIT.status(answer), path + ": " + answer);
      assertTrue(
          RequestHardeningIT.header(answer, "Content-Type").startsWith("application/json"),
          path + ": " + RequestHardeningIT.head(answer));
      assertTrue(body(answer).contains("\"status\":400"), path + ": " + body(answer));
      assertNoStackTrace(path, answer);
    }
  }

  @Test
  void aBrokenMultipartBodyPostedToAPageIsABadRequest() throws Exception {
    String[][] bodies = {
      {"multipart/form-data; boundary=XYZXYZ", "--not-the-boundary\r\nContent-Dispo"},
      {"multipart/form-data", "--XYZXYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx"},
      {
        "multipart/form-data; boundary=XYZXYZ",
        "--XYZXYZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/pl"
      },
    };
    for (String path : new String[] {"/practice.xhtml", "/login", "/search"}) {
      for (String[] body : bodies) {
        String answer =
            send("POST", path, body[0], body[1].getBytes(StandardCharsets.ISO_8859_1), null);
        assertBadRequestPage(path + " " + body[0] + " " + body[1], answer);
      }
    }
  }

  @Test
  void aForgedViewStateIsABadRequest() throws Exception {
    for (String forged :
        new String[] {"forged", "%00%01", "1%3A2%3A3", "-1", "1%3A2%3Cscript%3E"}) {
      byte[] form =
          ("jakarta.faces.ViewState=" + forged + "&jakarta.faces.source=x")
              .getBytes(StandardCharsets.ISO_8859_1);
      String answer = send("POST", "/login", "application/x-www-form-urlencoded", form, null);
      assertBadRequestPage("view state " + forged, answer);
    }
  }

  private static void assertBadRequestPage(String what, String answer) {
    assertEquals(400, RequestHardeningIT.status(answer), what + ": " + answer);
    assertTrue(
        RequestHardeningIT.header(answer, "Content-Type").startsWith("text/html"),
        what + ": " + RequestHardeningIT.head(answer));
    String body = body(answer);
    assertTrue(
        body.contains("Ugyldig førespurnad") || body.contains("Ugyldig forespørsel"),
        what + ": the portal's own page, not the container's: " + body);
    assertTrue(body.contains("<main"), what + ": in the layout: " + body);
    assertNoStackTrace(what, answer);
  }

  private static void assertNoStackTrace(String what, String answer) {
    assertFalse(answer.contains("Exception"), what + ": " + answer);
    assertFalse(answer.matches("(?s).*\\bat [a-z]+\\.[a-z.]+\\(.*"), what + ": " + answer);
  }

  private static String body(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    return end < 0 ? "" : answer.substring(end + 4);
  }

  /** One HTTP/1.1 request with an optional body; the connection closed after it. */
  private static String send(String method, String path, String type, byte[] body, String cookie)
      throws IOException {
    URI base = URI.create(TestServers.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(base.getHost()).append(':').append(base.getPort());
      head.append("\r\nAccept: text/html,application/json\r\nAccept-Language: nb\r\n");
      if (cookie != null) {
        head.append("Cookie: ").append(cookie).append("\r\n");
      }
      if (body != null) {
        head.append("Content-Type: ").append(type).append("\r\n");
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }
}
