package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Links in posts to the portal's own practice pages: {@code /practices/<slug>}, or the same under
 * the public address. The links come from the sanitised HTML, so nothing the sanitiser dropped
 * counts; a page's edit or history address is not the practice's page.
 */
@ApplicationScoped
public class PracticeLinks {
  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  private volatile Pattern page;

  /** The slug of the practice page an address points at. */
  public Optional<String> slug(String href) {
    Pattern p = page;
    if (p == null) {
      String base = PublicUrls.base(publicUrl);
      p =
          Pattern.compile(
              "^(?:" + Pattern.quote(base) + "|/)practices/([a-z0-9-]{1,120})/?(?:[?#].*)?$");
      page = p;
    }
    Matcher m = p.matcher(href == null ? "" : href);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The slugs of practice pages among the links, once each, in order. */
  public Set<String> slugs(List<String> links) {
    Set<String> slugs = new LinkedHashSet<>();
    links.forEach(l -> slug(l).ifPresent(slugs::add));
    return slugs;
  }
}
