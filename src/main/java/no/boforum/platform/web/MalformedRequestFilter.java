package no.boforum.platform.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import no.boforum.platform.text.Messages;

/**
 * Requests no browser sends, answered 400 before anything reads them (issue 18): a query string
 * that is not UTF-8 (the container would quietly make its bytes into U+FFFD), a multipart body the
 * container cannot take apart, and a view state of a shape Faces never writes. Pages get {@code
 * /error/bad-request.xhtml}, shown as a plain visit so that nothing of the bad request is read
 * again; the API gets its JSON error. Mapped in web.xml before the first filter that reads a
 * parameter.
 */
public class MalformedRequestFilter extends HttpFilter {
  static final String PAGE = "/error/bad-request.xhtml";

  /** Mojarra's server-side state: two random longs; {@code stateless} for a transient view. */
  private static final Pattern VIEW_STATE = Pattern.compile("-?\\d{1,19}:-?\\d{1,19}|stateless");

  private static final String VIEW_STATE_PARAMETER = "jakarta.faces.ViewState";

  @Inject Language language;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!isUtf8(req.getQueryString())) {
      refuse(req, res, "error.badRequest.encoding");
      return;
    }
    if (!LanguageFilter.isApi(req)) {
      if (isMultipart(req) && !partsReadable(req)) {
        refuse(req, res, "error.badRequest.multipart");
        return;
      }
      if ("POST".equals(req.getMethod()) && !viewStateOfOurShape(req)) {
        refuse(req, res, "error.badRequest.viewState");
        return;
      }
    }
    chain.doFilter(req, res);
  }

  /** Percent-escapes taken as bytes, and those bytes strictly UTF-8. */
  static boolean isUtf8(String query) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    try {
      byte[] bytes =
          URLDecoder.decode(query, StandardCharsets.ISO_8859_1)
              .getBytes(StandardCharsets.ISO_8859_1);
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return false; // a broken escape (%G1, a lone %), or bytes that are not UTF-8
    }
  }

  private static boolean isMultipart(HttpServletRequest req) {
    String type = req.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  /**
   * Reads the parts now, as the container will anyway; a body it cannot read is the sender's. So is
   * one without a single part (only a preamble, a boundary never met): every form sends at least
   * its own name.
   */
  private static boolean partsReadable(HttpServletRequest req) {
    try {
      return !req.getParts().isEmpty();
    } catch (IOException | ServletException | RuntimeException e) {
      return false;
    }
  }

  private static boolean viewStateOfOurShape(HttpServletRequest req) {
    String[] states = req.getParameterValues(VIEW_STATE_PARAMETER);
    if (states == null) {
      return true;
    }
    for (String state : states) {
      if (!VIEW_STATE.matcher(state).matches()) {
        return false;
      }
    }
    return true;
  }

  private void refuse(HttpServletRequest req, HttpServletResponse res, String key)
      throws IOException, ServletException {
    res.setHeader("Connection", "close");
    String text = Messages.format(language.getLocale(), key);
    if (LanguageFilter.isApi(req)) {
      res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      res.setContentType("application/json");
      res.setCharacterEncoding("UTF-8");
      res.getWriter()
          .write(
              Json.createObjectBuilder().add("status", 400).add("error", text).build().toString());
      return;
    }
    res.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    req.setAttribute("badRequest", text);
    req.getRequestDispatcher(PAGE).forward(new PlainVisit(req), res);
  }

  /** The request as a visit with nothing to read: no parameters, no body, no query. */
  private static final class PlainVisit extends HttpServletRequestWrapper {
    PlainVisit(HttpServletRequest req) {
      super(req);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getQueryString() {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return -1;
    }

    @Override
    public long getContentLengthLong() {
      return -1;
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
