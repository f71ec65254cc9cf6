package no.boforum.opendata.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import no.boforum.opendata.export.ExportBuild;
import no.boforum.opendata.export.ExportStore;

/**
 * The last export as a download under one address that does not change. Until the first export is
 * built (or if its file is gone), the visitor is sent to the page that says so.
 */
@WebServlet("/open-data/boforum-open-data.zip")
public class ExportDownloadServlet extends HttpServlet {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  @Inject ExportStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<ExportBuild> latest = store.latest();
    Optional<Path> file = latest.flatMap(store::file);
    if (file.isEmpty()) {
      response.sendRedirect(request.getContextPath() + "/open-data");
      return;
    }
    ExportBuild build = latest.get();
    String etag = "\"" + build.sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setDateHeader("Last-Modified", build.finishedAt().toEpochMilli());
    // A fresh build must show at once: caches ask again, and the ETag makes asking cheap.
    response.setHeader("Cache-Control", "no-cache");
    String match = request.getHeader("If-None-Match");
    long since = modifiedSince(request);
    if (etag.equals(match)
        || (match == null && since >= build.finishedAt().toEpochMilli() / 1000 * 1000)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setCharacterEncoding((String) null);
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"boforum-open-data-" + DAY.format(build.finishedAt()) + ".zip\"");
    response.setContentLengthLong(build.sizeBytes());
    Files.copy(file.get(), response.getOutputStream());
  }

  /** The If-Modified-Since time; none (-1) when absent or not a date. */
  private static long modifiedSince(HttpServletRequest request) {
    try {
      return request.getDateHeader("If-Modified-Since");
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }
}
