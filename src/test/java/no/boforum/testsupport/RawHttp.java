package no.boforum.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for the headers Java's HTTP client will not send as given (Host,
 * Origin, Referer): every header is the test's own. One request per connection.
 */
public final class RawHttp {
  private RawHttp() {}

  /** An answer: status, the header lines as sent, and the body as text (chunks as they came). */
  public record Answer(int status, List<String> headers, String body) {
    /** The first value of the header, or "" when it is not there. */
    public String header(String name) {
      return all(name).stream().findFirst().orElse("");
    }

    /** Every value of the header, in order. */
    public List<String> all(String name) {
      List<String> values = new ArrayList<>();
      for (String line : headers) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          values.add(line.substring(colon + 1).trim());
        }
      }
      return values;
    }

    /**
     * The session's cookies as a browser sends them back, from Set-Cookie: {@code JSESSIONID=…},
     * and {@code JSESSIONIDVERSION=…} when Payara set it (its sessions in the data grid, decision
     * 0038, look a session up by both); null without a session cookie.
     */
    public String sessionCookie() {
      String session = null;
      String version = null;
      for (String cookie : all("Set-Cookie")) {
        String pair =
            cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
        if (pair.startsWith("JSESSIONID=")) {
          session = pair;
        } else if (pair.startsWith("JSESSIONIDVERSION=")) {
          version = pair;
        }
      }
      return session == null ? null : version == null ? session : session + "; " + version;
    }
  }

  /**
   * Logs in through the API and returns the session cookie's {@code JSESSIONID=…} pair; fails the
   * test when the login does not work.
   */
  public static String login(String email, String password) throws IOException {
    Answer login =
        send(
            "POST",
            "/api/session",
            Map.of("Content-Type", "application/json"),
            "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    String cookie = login.sessionCookie();
    if (login.status() != 200 || cookie == null) {
      throw new AssertionError("Login of " + email + ": " + login.status() + " " + login.body());
    }
    return cookie;
  }

  /** The suite portal's {@code host:port}, as a browser would send it in Host. */
  public static String host() {
    URI base = URI.create(TestServers.baseUrl());
    return base.getHost() + ":" + base.getPort();
  }

  /** A request with the suite portal's Host and the given headers (in order) and body. */
  public static Answer send(String method, String path, Map<String, String> headers, String body)
      throws IOException {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("Host", host());
    all.putAll(headers);
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) {
      all.put("Content-Length", String.valueOf(bytes.length));
    }
    all.put("Connection", "close");
    StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
    all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    head.append("\r\n");
    URI base = URI.create(TestServers.baseUrl());
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      in.transferTo(answer);
      return parse(answer.toString(StandardCharsets.UTF_8));
    }
  }

  private static Answer parse(String text) {
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    List<String> headers = List.of(lines).subList(1, lines.length);
    return new Answer(status, headers, body);
  }
}
