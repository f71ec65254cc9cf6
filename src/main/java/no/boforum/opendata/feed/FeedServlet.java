package no.boforum.opendata.feed;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Serves {@code /feeds/<name>.atom} from the {@link FeedSource} of that name: anyone may read it. A
 * bad parameter answers 400 and an unknown subject 404, each with a plain sentence; a failure
 * answers 503 without a trace. {@code lang} (nb, nn, en) chooses the language of the titles, else
 * the visitor's language as the pages choose it. Last-Modified (the newest entry) and an ETag let a
 * reader ask again cheaply (304).
 */
@WebServlet("/feeds/*")
public class FeedServlet extends HttpServlet {
  private static final Logger LOG = Logger.getLogger(FeedServlet.class.getName());
  private static final Pattern ADDRESS = Pattern.compile("/([a-z]+)\\.atom");

  @Inject @Any Instance<FeedSource> sources;
  @Inject Language language;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Optional<FeedSource> source = source(req.getPathInfo());
    if (source.isEmpty()) {
      res.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Locale locale = language.getLocale();
    try {
      FeedRequest request = FeedRequest.of(req, source.get(), language.getTag());
      locale = request.query().locale();
      Feed feed = source.get().feed(request.query());
      String atom =
          AtomWriter.write(
              feed,
              PublicUrls.base(publicUrl),
              request.self(),
              request.query().language(),
              Messages.format(locale, "app.name"));
      FeedResponse.send(req, res, atom, AtomWriter.updated(feed));
    } catch (FeedProblem e) {
      plain(res, e.status(), e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The feed " + req.getPathInfo() + " could not be made", e);
      res.setHeader("Retry-After", "60");
      plain(res, 503, Messages.format(locale, "feed.error.unavailable"));
    }
  }

  private Optional<FeedSource> source(String path) {
    Matcher m = ADDRESS.matcher(path == null ? "" : path);
    if (!m.matches()) {
      return Optional.empty();
    }
    return sources.stream().filter(s -> s.name().equals(m.group(1))).findFirst();
  }

  private static void plain(HttpServletResponse res, int status, String message)
      throws IOException {
    res.setStatus(status);
    res.setContentType("text/plain;charset=UTF-8");
    res.getWriter().write(message + "\n");
  }
}
