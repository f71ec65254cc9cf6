package no.boforum.opendata.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.Map;
import no.boforum.platform.text.Messages;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WriterConfig config = new WriterConfig();
    config.set(BasicWriterSettings.PRETTY_PRINT, true);
    config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
    RDFWriter writer = Rio.createWriter(format.rdf(), out);
    writer.setWriterConfig(config);
    Rio.write(model, writer);
    return out.toByteArray();
  }
}
