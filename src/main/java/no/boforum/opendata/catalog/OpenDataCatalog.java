package no.boforum.opendata.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import no.boforum.platform.text.Messages;
import org.eclipse.rdf4j.model.Model;

/**
 * The catalogue written out, once per form: it depends only on the configuration and the bundles,
 * so it is built at the first request and kept.
 */
@ApplicationScoped
public class OpenDataCatalog {
  @Inject CatalogSettings settings;

  private final Map<CatalogFormat, byte[]> written = new EnumMap<>(CatalogFormat.class);

  public synchronized byte[] write(CatalogFormat format) {
    return written.computeIfAbsent(format, f -> write(model(settings.publisher()), f)).clone();
  }

  static Model model(CatalogSettings.Publisher publisher) {
    return CatalogGraph.build(
        publisher, (language, key) -> Messages.format(Messages.locale(language), key));
  }

  static byte[] write(Model model, CatalogFormat format) {
    return CatalogWriter.write(model, format);
  }
}
