package no.boforum.practice.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.practice.AttachmentService;
import no.boforum.practice.AttachmentService.Download;
import no.boforum.practice.UnknownPracticeException;

/**
 * Sends an attachment: {@code /files/practices/<slug>/<id>/<name>.pdf}. The name in the address is
 * for people; the id decides. Sent as a download with its type fixed, so a browser never sniffs it
 * as something else, and only to those who may see the practice.
 */
@WebServlet(urlPatterns = "/files/*")
public class AttachmentServlet extends HttpServlet {
  private static final Pattern PATH =
      Pattern.compile("/practices/([a-z0-9-]+)/([0-9]{1,18})/[a-z0-9._-]+");

  @Inject AttachmentService attachments;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher m = PATH.matcher(req.getPathInfo() == null ? "" : req.getPathInfo());
    if (!m.matches()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Download file;
    try {
      file = attachments.open(m.group(1), Long.parseLong(m.group(2)));
    } catch (UnknownPracticeException e) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (!Files.isRegularFile(file.file())) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    res.setCharacterEncoding((String) null);
    res.setContentType("application/pdf");
    res.setContentLengthLong(Files.size(file.file()));
    res.setHeader("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Cache-Control", "private, max-age=300");
    Files.copy(file.file(), res.getOutputStream());
  }
}
