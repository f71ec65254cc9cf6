package no.boforum.opendata.catalog;

import static no.boforum.opendata.catalog.CatalogVocabulary.*;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import no.boforum.opendata.catalog.CatalogSettings.Publisher;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;

/**
 * The catalogue as an RDF graph (DCAT-AP-NO): the catalogue, its publisher and contact point, one
 * dataset per {@link CatalogDataset} with its distributions (the export, the API, the feed), and
 * the API as a data service. Every address is on the publisher's public address; every text in nb,
 * nn and en from the bundles ({@code opendata.catalog.*}).
 */
public final class CatalogGraph {
  /** The languages of every title, description and keyword. */
  public static final List<String> LANGUAGES = List.of("nb", "nn", "en");

  public static final String PATH = "open-data/catalog";

  private static final ValueFactory VF = SimpleValueFactory.getInstance();

  private final Publisher publisher;
  private final BiFunction<String, String, String> text;
  private final Model model = new LinkedHashModel();

  /**
   * @param text the text of a message key in a language: {@code (language, key) -> text}
   */
  private CatalogGraph(Publisher publisher, BiFunction<String, String, String> text) {
    this.publisher = publisher;
    this.text = text;
  }

  public static Model build(Publisher publisher, BiFunction<String, String, String> text) {
    return new CatalogGraph(publisher, text).catalogue();
  }

  private Model catalogue() {
    model.setNamespace("dcat", DCAT.NAMESPACE);
    model.setNamespace("dct", DCTERMS.NAMESPACE);
    model.setNamespace("foaf", FOAF.NAMESPACE);
    model.setNamespace("vcard", VCARD4.NAMESPACE);
    IRI catalog = iri(PATH);
    add(catalog, RDF.TYPE, DCAT.CATALOG);
    add(catalog, DCTERMS.IDENTIFIER, VF.createLiteral(catalog.stringValue()));
    texts(catalog, DCTERMS.TITLE, "opendata.catalog.title");
    texts(catalog, DCTERMS.DESCRIPTION, "opendata.catalog.description");
    add(catalog, DCTERMS.PUBLISHER, publisher());
    add(catalog, DCTERMS.LICENSE, CC_BY_4);
    add(catalog, FOAF.HOMEPAGE, iri(""));
    Arrays.stream(CatalogVocabulary.LANGUAGES).forEach(l -> add(catalog, DCTERMS.LANGUAGE, l));
    IRI service = apiService();
    add(catalog, DCAT.HAS_SERVICE, service);
    for (CatalogDataset kind : CatalogDataset.all()) {
      IRI dataset = dataset(kind);
      add(catalog, DCAT.HAS_DATASET, dataset);
      if (kind.apiPath().isPresent()) {
        add(service, DCAT.SERVES_DATASET, dataset);
      }
    }
    return model;
  }

  private IRI publisher() {
    IRI agent = VF.createIRI(publisher.uri());
    add(agent, RDF.TYPE, FOAF.AGENT);
    add(agent, FOAF.NAME, VF.createLiteral(publisher.name()));
    return agent;
  }

  /** An organisation's contact point, never a person's. */
  private IRI contactPoint() {
    IRI contact = iri(PATH + "#contact");
    add(contact, RDF.TYPE, VCARD4.ORGANIZATION);
    add(contact, VCARD4.FN, VF.createLiteral(publisher.name()));
    add(contact, VCARD4.HAS_EMAIL, VF.createIRI("mailto:" + publisher.email()));
    return contact;
  }

  private IRI apiService() {
    IRI service = iri("api");
    add(service, RDF.TYPE, DCAT.DATA_SERVICE);
    texts(service, DCTERMS.TITLE, "opendata.catalog.api.title");
    texts(service, DCTERMS.DESCRIPTION, "opendata.catalog.api.description");
    add(service, DCAT.ENDPOINT_URL, iri("api"));
    add(service, DCAT.ENDPOINT_DESCRIPTION, iri("openapi"));
    add(service, DCTERMS.PUBLISHER, VF.createIRI(publisher.uri()));
    add(service, DCAT.CONTACT_POINT, contactPoint());
    add(service, DCTERMS.LICENSE, CC_BY_4);
    add(service, DCTERMS.ACCESS_RIGHTS, PUBLIC);
    return service;
  }

  private IRI dataset(CatalogDataset kind) {
    String prefix = "opendata.catalog.dataset." + kind.key();
    IRI dataset = iri(PATH + "#" + kind.key());
    add(dataset, RDF.TYPE, DCAT.DATASET);
    add(dataset, DCTERMS.IDENTIFIER, VF.createLiteral(dataset.stringValue()));
    texts(dataset, DCTERMS.TITLE, prefix + ".title");
    texts(dataset, DCTERMS.DESCRIPTION, prefix + ".description");
    for (String language : LANGUAGES) {
      for (String keyword : text.apply(language, prefix + ".keywords").split(",")) {
        if (!keyword.isBlank()) {
          add(dataset, DCAT.KEYWORD, VF.createLiteral(keyword.strip(), language));
        }
      }
    }
    add(dataset, DCTERMS.PUBLISHER, VF.createIRI(publisher.uri()));
    add(dataset, DCAT.CONTACT_POINT, contactPoint());
    add(dataset, DCTERMS.SPATIAL, NORWAY);
    add(dataset, DCTERMS.ACCRUAL_PERIODICITY, kind.exported() ? DAILY : CONTINUOUS);
    add(dataset, DCTERMS.ACCESS_RIGHTS, PUBLIC);
    add(dataset, DCAT.LANDING_PAGE, iri("open-data"));
    for (IRI theme : List.of(THEME_SOCIETY, THEME_GOVERNMENT, LOS_SOCIAL_SERVICES, LOS_HOUSING)) {
      add(dataset, DCAT.THEME, theme);
    }
    Arrays.stream(CatalogVocabulary.LANGUAGES).forEach(l -> add(dataset, DCTERMS.LANGUAGE, l));
    if (kind.exported()) {
      IRI zip = distribution(dataset, kind, "export", MEDIA_ZIP, FORMAT_ZIP);
      add(zip, DCAT.ACCESS_URL, iri(CatalogDataset.EXPORT));
      add(zip, DCAT.DOWNLOAD_URL, iri(CatalogDataset.EXPORT));
    }
    kind.apiPath()
        .ifPresent(
            path -> {
              IRI api = distribution(dataset, kind, "api", MEDIA_JSON, FORMAT_JSON);
              add(api, DCAT.ACCESS_URL, iri(path));
              add(api, DCAT.ACCESS_SERVICE, iri("api"));
              add(api, DCTERMS.CONFORMS_TO, iri("openapi"));
            });
    kind.feedPath()
        .ifPresent(
            path -> {
              IRI feed = distribution(dataset, kind, "feed", MEDIA_ATOM, FORMAT_ATOM);
              add(feed, DCAT.ACCESS_URL, iri(path));
              add(feed, DCAT.DOWNLOAD_URL, iri(path));
            });
    return dataset;
  }

  private IRI distribution(IRI dataset, CatalogDataset kind, String form, IRI media, IRI format) {
    IRI distribution = iri(PATH + "#" + kind.key() + "-" + form);
    add(dataset, DCAT.HAS_DISTRIBUTION, distribution);
    add(distribution, RDF.TYPE, DCAT.DISTRIBUTION);
    texts(distribution, DCTERMS.TITLE, "opendata.catalog.distribution." + form);
    add(distribution, DCAT.MEDIA_TYPE, media);
    add(distribution, DCTERMS.FORMAT, format);
    add(distribution, DCTERMS.LICENSE, CC_BY_4);
    return distribution;
  }

  private void texts(Resource subject, IRI property, String key) {
    for (String language : LANGUAGES) {
      add(subject, property, VF.createLiteral(text.apply(language, key), language));
    }
  }

  private IRI iri(String path) {
    return VF.createIRI(publisher.base() + path);
  }

  private void add(Resource subject, IRI property, org.eclipse.rdf4j.model.Value value) {
    model.add(subject, property, value);
  }
}
