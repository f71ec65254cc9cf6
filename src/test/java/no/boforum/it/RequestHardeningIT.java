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
import java.util.Locale;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.Test;

/**
 * What the portal makes of requests an attacker shapes (issue 18): a session id in the address is
 * no session (only the cookie is); a forged Host header never becomes the target of a redirect; no
 * header names the server. Raw HTTP over a socket, so that every header is the test's own.
 */
class RequestHardeningIT {

  @Test
  void aSessionIdInTheAddressIsNoSession() throws Exception {
    String email = Accounts.person("url-session", "Adresse Økt", null, null, null);
    ApiSession owner = ApiSession.anonymous();
    Answer login = owner.login(email, Accounts.PASSWORD);
    assertEquals(200, login.status(), login.raw().body());
    String cookie = login.raw().headers().firstValue("Set-Cookie").orElse("");
    String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    assertEquals(200, owner.get("api/me").status(), "the cookie is a session");

    String api = send("GET", "/api/me;jsessionid=" + id, host(), null);
    assertFalse(status(api) == 200, "the address's session id logs nobody in: " + head(api));
    assertFalse(api.contains(email), "nothing of the person");
    String page = send("GET", "/my/profile;jsessionid=" + id, host(), null);
    assertFalse(status(page) == 200, "no page of the account: " + head(page));
    assertFalse(page.contains(email), "nothing of the person");
  }

  @Test
  void aForgedHostIsNeverWhereARedirectLeads() throws Exception {
    // An anonymous visit to an account page is sent to the login page.
    String answer = send("GET", "/my/profile", "evil.example", null);
    assertTrue(status(answer) / 100 == 3, head(answer));
    String location = header(answer, "Location");
    assertFalse(location.toLowerCase(Locale.ROOT).contains("evil.example"), location);
    assertTrue(
        location.startsWith("/") || location.startsWith(TestServers.baseUrl()),
        "relative, or the configured public address: " + location);
  }

  @Test
  void noHeaderNamesTheServer() throws Exception {
    for (String path : new String[] {"/", "/api/practices", "/finnes-ikke"}) {
      String answer = send("GET", path, host(), null);
      assertEquals("", header(answer, "Server"), path + ": " + head(answer));
      assertEquals("", header(answer, "X-Powered-By"), path + ": " + head(answer));
    }
  }

  private static String host() {
    URI base = URI.create(TestServers.baseUrl());
    return base.getHost() + ":" + base.getPort();
  }

  /** One HTTP/1.1 request, the connection closed after it; the whole answer as text. */
  static String send(String method, String path, String host, String cookie) throws IOException {
    URI base = URI.create(TestServers.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nAccept: text/html,application/json\r\n"
              + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
              + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return answer.toString(StandardCharsets.UTF_8);
    }
  }

  static int status(String answer) {
    return Integer.parseInt(answer.substring(9, 12));
  }

  static String head(String answer) {
    int end = answer.indexOf("\r\n\r\n");
    return end < 0 ? answer : answer.substring(0, end);
  }

  /** The header's value, or "" if it is not there. */
  static String header(String answer, String name) {
    for (String line : head(answer).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return "";
  }
}
