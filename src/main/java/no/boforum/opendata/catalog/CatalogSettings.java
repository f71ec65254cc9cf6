package no.boforum.opendata.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who publishes the open data and where: the portal's public address and the publisher's name,
 * address and contact e-mail, as configured ({@code boforum.opendata.*}).
 */
@ApplicationScoped
public class CatalogSettings {
  private static final Logger LOG = Logger.getLogger(CatalogSettings.class.getName());
  // An empty setting counts as none (MicroProfile Config): these stand in, never a failed start.
  static final String DEFAULT_NAME = "Boforum";
  static final String DEFAULT_EMAIL = "post@boforum.no";

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @Inject
  @ConfigProperty(name = "boforum.opendata.publisher-name", defaultValue = DEFAULT_NAME)
  String publisherName;

  /** Not set (or empty): the portal's own address stands for the publisher. */
  @Inject
  @ConfigProperty(name = "boforum.opendata.publisher-uri")
  Optional<String> publisherUri;

  @Inject
  @ConfigProperty(name = "boforum.opendata.contact-email", defaultValue = DEFAULT_EMAIL)
  String contactEmail;

  public Publisher publisher() {
    String base = PublicUrls.base(publicUrl);
    String uri = publisherUri.map(String::strip).filter(u -> !u.isEmpty()).orElse(base);
    if (!uri.startsWith("https://") && !uri.startsWith("http://")) {
      LOG.warning(
          () -> "boforum.opendata.publisher-uri is no http(s) address; the portal's stands in");
      uri = base;
    }
    return new Publisher(base, publisherName.strip(), uri, contactEmail.strip());
  }

  /**
   * @param base the portal's public address, ending in a slash
   * @param uri the publisher's identifying address (an organisation register entry, or the portal)
   */
  public record Publisher(String base, String name, String uri, String email) {}
}
