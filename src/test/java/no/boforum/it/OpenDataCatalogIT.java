package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.TestServers;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VCARD4;
import org.junit.jupiter.api.Test;

/**
 * The DCAT-AP-NO catalogue as a harvester fetches it from the running portal, read with Jena (the
 * portal writes it with rdf4j): both forms, the same graph, the licence, the publisher, and every
 * dataset with its distributions on the portal's public address.
 */
class OpenDataCatalogIT {
  static final String CC_BY = "http://creativecommons.org/licenses/by/4.0/";
  static final List<String> EXPORTED =
      List.of("practices", "adoptions", "organisations", "events", "needs-and-offers");

  static HttpResponse<byte[]> fetch(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(TestServers.baseUrl() + path))
            .timeout(Duration.ofMinutes(3));
    if (accept != null) {
      request.header("Accept", accept);
    }
    try {
      return Http.client().build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Model parse(HttpResponse<byte[]> answer, Lang lang) {
    assertEquals(200, answer.statusCode(), () -> new String(answer.body(), StandardCharsets.UTF_8));
    Model model = ModelFactory.createDefaultModel();
    RDFParser.source(new ByteArrayInputStream(answer.body())).lang(lang).parse(model);
    return model;
  }

  static String type(HttpResponse<?> answer) {
    return answer.headers().firstValue("Content-Type").orElse("");
  }

  @Test
  void jsonLdByDefaultAndTurtleWhenAskedHoldTheSameGraph() {
    HttpResponse<byte[]> plain = fetch("open-data/catalog", null);
    assertTrue(type(plain).startsWith("application/ld+json"), type(plain));
    HttpResponse<byte[]> turtle = fetch("open-data/catalog", "text/turtle, */*;q=0.1");
    assertTrue(type(turtle).startsWith("text/turtle"), type(turtle));
    assertTrue(turtle.headers().allValues("Vary").toString().contains("Accept"));
    assertTrue(
        plain.headers().firstValue("Cache-Control").orElse("").contains("public"),
        plain.headers().toString());

    Model fromJsonLd = parse(plain, Lang.JSONLD);
    Model fromTurtle = parse(turtle, Lang.TURTLE);
    assertTrue(fromJsonLd.size() > 100, "a catalogue, not " + fromJsonLd.size() + " triples");
    assertTrue(fromJsonLd.isIsomorphicWith(fromTurtle), "the same graph in both forms");

    HttpResponse<byte[]> ttl = fetch("open-data/catalog.ttl", "application/ld+json");
    assertTrue(type(ttl).startsWith("text/turtle"), "the file name decides: " + type(ttl));
    HttpResponse<byte[]> jsonld = fetch("open-data/catalog.jsonld", "text/turtle");
    assertTrue(type(jsonld).startsWith("application/ld+json"), type(jsonld));
    assertTrue(parse(ttl, Lang.TURTLE).isIsomorphicWith(parse(jsonld, Lang.JSONLD)));
    assertTrue(fromTurtle.isIsomorphicWith(parse(ttl, Lang.TURTLE)));
  }

  @Test
  void theCatalogueNamesItsLicenceAndPublisher() {
    Model model = parse(fetch("open-data/catalog.ttl", null), Lang.TURTLE);
    List<Resource> catalogs = model.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList();
    assertEquals(1, catalogs.size(), catalogs::toString);
    Resource catalog = catalogs.get(0);
    assertEquals(TestServers.baseUrl() + "open-data/catalog", catalog.getURI());
    assertTrue(model.contains(catalog, DCTerms.license, model.createResource(CC_BY)));
    Resource publisher = catalog.getPropertyResourceValue(DCTerms.publisher);
    assertTrue(
        publisher != null
            && publisher.hasProperty(
                RDF.type, model.createResource("http://xmlns.com/foaf/0.1/Agent")),
        "the publisher is an agent");
    assertEquals(
        "Boforum",
        publisher.getProperty(model.createProperty("http://xmlns.com/foaf/0.1/name")).getString());
    assertEquals(
        Set.of("nb", "nn", "en"),
        model.listObjectsOfProperty(catalog, DCTerms.title).toList().stream()
            .map(n -> n.asLiteral().getLanguage())
            .collect(Collectors.toSet()));
  }

  @Test
  void everyKindIsADatasetWithTheExportTheApiAndItsFeed() {
    Model model = parse(fetch("open-data/catalog", null), Lang.JSONLD);
    String base = TestServers.baseUrl();
    Resource catalog = model.createResource(base + "open-data/catalog");
    Resource zip = model.createResource(base + "open-data/boforum-open-data.zip");
    for (String kind : EXPORTED) {
      Resource dataset = model.createResource(base + "open-data/catalog#" + kind);
      assertTrue(model.contains(catalog, DCAT.dataset, dataset), kind);
      assertTrue(model.contains(dataset, RDF.type, DCAT.Dataset), kind);
      assertTrue(accessed(model, dataset).contains(zip), kind + " in the export");
      assertTrue(
          model.contains(
              dataset,
              DCTerms.accrualPeriodicity,
              model.createResource(
                  "http://publications.europa.eu/resource/authority/frequency/DAILY")),
          kind);
      Resource contact = dataset.getPropertyResourceValue(DCAT.contactPoint);
      assertEquals(
          "mailto:post@boforum.no", contact.getPropertyResourceValue(VCARD4.hasEmail).getURI());
      assertTrue(contact.hasProperty(RDF.type, VCARD4.Organization), "an organisation's contact");
    }
    Resource practices = model.createResource(base + "open-data/catalog#practices");
    assertTrue(accessed(model, practices).contains(model.createResource(base + "api/practices")));
    assertTrue(
        accessed(model, practices).contains(model.createResource(base + "feeds/practices.atom")));
    Resource discussions = model.createResource(base + "open-data/catalog#discussions");
    assertTrue(model.contains(catalog, DCAT.dataset, discussions));
    assertFalse(accessed(model, discussions).contains(zip), "threads are not in the export");
    assertFalse(
        accessed(model, discussions).contains(model.createResource(base + "api/discussions")),
        "the API names the people who wrote; only the feed is open data");
    Resource api = model.createResource(base + "api");
    assertTrue(model.contains(api, RDF.type, DCAT.DataService));
    assertTrue(
        model.contains(api, DCAT.endpointDescription, model.createResource(base + "openapi")));
  }

  @Test
  void theOpenApiDocumentNamesTheLicenceAndTheContact() {
    String openapi = Http.get("openapi").body();
    assertTrue(openapi.contains("CC BY 4.0"), openapi.substring(0, 600));
    assertTrue(openapi.contains("https://creativecommons.org/licenses/by/4.0/"));
    assertTrue(openapi.contains("post@boforum.no"), "the configured contact");
    assertTrue(openapi.contains("changedSince"), "the harvesters' parameter is documented");
  }

  @Test
  void theTermsStateTheLicenceAndAreInTheFooter() {
    String terms = Http.get("terms", "en").body();
    assertTrue(terms.contains("https://creativecommons.org/licenses/by/4.0/"), terms);
    assertTrue(terms.contains("Boforum and the organisation that published it"));
    assertTrue(terms.contains("/openapi") && terms.contains("/open-data\""));
    String home = Http.get("", "nn").body();
    assertTrue(home.contains("/terms\">Vilkår og opne data</a>"), "linked from every footer");
  }

  private static Set<RDFNode> accessed(Model model, Resource dataset) {
    return model.listObjectsOfProperty(dataset, DCAT.distribution).toList().stream()
        .flatMap(d -> model.listObjectsOfProperty(d.asResource(), DCAT.accessURL).toList().stream())
        .collect(Collectors.toSet());
  }
}
