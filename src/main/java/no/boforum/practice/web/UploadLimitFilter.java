package no.boforum.practice.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import no.boforum.practice.attachment.AttachmentStorage;

/**
 * An upload larger than the container accepts would fail inside the Faces servlet with an error
 * page. This filter (first in web.xml, before anything reads a parameter) answers it from the
 * declared length alone: back to the practice page, which then names the limit beside the file
 * field. Uploads within the container's limit but over 20 MB are refused, with the same message,
 * while they are read.
 */
public class UploadLimitFilter extends HttpFilter {
  static final String TOO_LARGE = "tooLarge";

  /**
   * The container's limit on a whole request (web.xml, 22 MB): the form's other fields are small.
   */
  static final long MAX_REQUEST = AttachmentStorage.MAX_BYTES + 2L * 1024 * 1024;

  private static final Pattern PRACTICE_PAGE = Pattern.compile("/practices/[a-z0-9-]+");

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String type = req.getContentType();
    if ("POST".equals(req.getMethod())
        && type != null
        && type.toLowerCase().startsWith("multipart/")
        && req.getContentLengthLong() > MAX_REQUEST) {
      res.setHeader("Connection", "close");
      res.sendRedirect(req.getContextPath() + back(req) + "?upload=" + TOO_LARGE);
      return;
    }
    chain.doFilter(req, res);
  }

  /**
   * The practice page the form was on, from the Referer; when it cannot be told (the page was
   * itself the answer to a form), the editor's list of practices.
   */
  private static String back(HttpServletRequest req) {
    String referer = req.getHeader("Referer");
    if (referer != null) {
      try {
        String path = URI.create(referer).getPath();
        String local =
            path == null
                ? ""
                : path.substring(Math.min(path.length(), req.getContextPath().length()));
        if (PRACTICE_PAGE.matcher(local).matches()) {
          return local;
        }
      } catch (IllegalArgumentException e) {
        // not an address: fall back to the list
      }
    }
    return "/my/practices";
  }
}
