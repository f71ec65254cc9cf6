package no.boforum.opendata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.opendata.catalog.CatalogSettings.Publisher;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The catalogue as rdf4j writes it, read back by Jena: an independent reader. */
class CatalogGraphTest {
  static final Publisher PUBLISHER =
      new Publisher(
          "https://boforum.example/", "Husbanken", "https://org.example/974760843", "data@x.no");
  static final String CC_BY = "http://creativecommons.org/licenses/by/4.0/";

  static Model read(CatalogFormat format) {
    byte[] written = OpenDataCatalog.write(OpenDataCatalog.model(PUBLISHER), format);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.source(new ByteArrayInputStream(written))
        .lang(format == CatalogFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD)
        .parse(model);
    return model;
  }

  @Test
  void bothFormsHoldTheSameGraph() {
    Model turtle = read(CatalogFormat.TURTLE);
    Model jsonLd = read(CatalogFormat.JSON_LD);
    assertTrue(turtle.size() > 100, "a catalogue of six datasets, not " + turtle.size());
    assertTrue(turtle.isIsomorphicWith(jsonLd));
  }

  @Test
  void theCatalogueIsLicensedAndPublished() {
    Model model = read(CatalogFormat.JSON_LD);
    Resource catalog = model.createResource("https://boforum.example/open-data/catalog");
    assertTrue(model.contains(catalog, RDF.type, DCAT.Catalog));
    assertTrue(model.contains(catalog, DCTerms.license, model.createResource(CC_BY)));
    Resource publisher = model.createResource("https://org.example/974760843");
    assertTrue(model.contains(catalog, DCTerms.publisher, publisher));
    assertEquals(
        Set.of("nb", "nn", "en"),
        model.listObjectsOfProperty(catalog, DCTerms.title).toList().stream()
            .map(n -> n.asLiteral().getLanguage())
            .collect(Collectors.toSet()));
    assertFalse(
        model
            .listObjectsOfProperty(catalog, DCTerms.title)
            .toList()
            .get(0)
            .asLiteral()
            .getString()
            .startsWith("opendata."),
        "titles come from the bundles");
  }

  @Test
  void everyExportedDatasetHasTheZipAndItsListInTheApi() {
    Model model = read(CatalogFormat.TURTLE);
    Resource zip = model.createResource("https://boforum.example/open-data/boforum-open-data.zip");
    for (CatalogDataset kind : CatalogDataset.all()) {
      Resource dataset =
          model.createResource("https://boforum.example/open-data/catalog#" + kind.key());
      assertTrue(model.contains(dataset, RDF.type, DCAT.Dataset), kind.key());
      Set<RDFNode> access =
          model.listObjectsOfProperty(dataset, DCAT.distribution).toList().stream()
              .flatMap(
                  d ->
                      model.listObjectsOfProperty(d.asResource(), DCAT.accessURL).toList().stream())
              .collect(Collectors.toSet());
      assertEquals(kind.exported(), access.contains(zip), kind.key());
      kind.apiPath()
          .ifPresent(
              path ->
                  assertTrue(
                      access.contains(model.createResource("https://boforum.example/" + path)),
                      kind.key()));
      kind.feedPath()
          .ifPresent(
              path ->
                  assertTrue(
                      access.contains(model.createResource("https://boforum.example/" + path)),
                      kind.key()));
    }
  }
}
