package no.boforum.opendata.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /open-data/catalog}: JSON-LD, or Turtle when the {@code Accept} header prefers it (and so
 * {@code Vary: Accept}); {@code /open-data/catalog.jsonld} and {@code .ttl} in one form each.
 * Public and cacheable for an hour: it changes only with the configuration.
 */
@WebServlet(
    urlPatterns = {"/open-data/catalog", "/open-data/catalog.jsonld", "/open-data/catalog.ttl"})
public class CatalogServlet extends HttpServlet {
  @Inject OpenDataCatalog catalog;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    CatalogFormat format = CatalogFormat.ofPath(req.getServletPath());
    if (format == null) {
      format = CatalogFormat.negotiate(req.getHeader("Accept"));
      res.setHeader("Vary", "Accept");
    }
    byte[] body = catalog.write(format);
    res.setContentType(format.mediaType() + ";charset=UTF-8");
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
