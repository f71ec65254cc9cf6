package no.boforum.opendata.catalog;

import com.github.jsonldjava.core.JsonLdConsts;
import com.github.jsonldjava.core.JsonLdError;
import com.github.jsonldjava.core.JsonLdOptions;
import com.github.jsonldjava.core.JsonLdProcessor;
import com.github.jsonldjava.utils.JsonUtils;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * The catalogue's graph in one of its forms: Turtle by rdf4j; JSON-LD by jsonld-java from rdf4j's
 * N-Triples, compacted with the graph's prefixes as its context (decision 0023 says why not rdf4j's
 * own JSON-LD writer).
 */
final class CatalogWriter {
  private CatalogWriter() {}

  static byte[] write(Model model, CatalogFormat format) {
    return switch (format) {
      case TURTLE -> rdf4j(model, RDFFormat.TURTLE);
      case JSON_LD -> jsonLd(model);
    };
  }

  private static byte[] rdf4j(Model model, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter writer = Rio.createWriter(format, out);
    writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
    Rio.write(model, writer);
    return out.toByteArray();
  }

  private static byte[] jsonLd(Model model) {
    String triples = new String(rdf4j(model, RDFFormat.NTRIPLES), StandardCharsets.UTF_8);
    JsonLdOptions options = new JsonLdOptions();
    options.format = JsonLdConsts.APPLICATION_NQUADS;
    options.setUseNativeTypes(true);
    Map<String, Object> context = new LinkedHashMap<>();
    for (Namespace namespace : model.getNamespaces()) {
      context.put(namespace.getPrefix(), namespace.getName());
    }
    try {
      Object expanded = JsonLdProcessor.fromRDF(triples, options);
      Map<String, Object> compact =
          JsonLdProcessor.compact(expanded, Map.of("@context", context), options);
      // The context first, as people read it.
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("@context", compact.remove("@context"));
      document.putAll(compact);
      StringWriter out = new StringWriter();
      JsonUtils.writePrettyPrint(out, document);
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (JsonLdError e) {
      throw new IllegalStateException("The catalogue could not be written as JSON-LD", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
