package no.boforum.opendata.catalog;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * The controlled vocabularies DCAT-AP-NO asks for, by their published addresses: the EU's
 * frequencies, data themes, file types, languages, countries and access rights, Los themes, IANA
 * media types, and the licence.
 */
final class CatalogVocabulary {
  private static final ValueFactory VF = SimpleValueFactory.getInstance();
  private static final String EU = "http://publications.europa.eu/resource/authority/";
  private static final String IANA = "https://www.iana.org/assignments/media-types/";

  static final IRI CC_BY_4 = VF.createIRI("http://creativecommons.org/licenses/by/4.0/");
  static final IRI DAILY = VF.createIRI(EU + "frequency/DAILY");
  static final IRI CONTINUOUS = VF.createIRI(EU + "frequency/UPDATE_CONT");
  static final IRI THEME_SOCIETY = VF.createIRI(EU + "data-theme/SOCI");
  static final IRI THEME_GOVERNMENT = VF.createIRI(EU + "data-theme/GOVE");
  static final IRI LOS_SOCIAL_SERVICES =
      VF.createIRI("http://psi.norge.no/los/tema/sosiale-tjenester");
  static final IRI LOS_HOUSING = VF.createIRI("http://psi.norge.no/los/tema/botilbud");
  static final IRI NORWAY = VF.createIRI(EU + "country/NOR");
  static final IRI PUBLIC = VF.createIRI(EU + "access-right/PUBLIC");
  static final IRI FORMAT_ZIP = VF.createIRI(EU + "file-type/ZIP");
  static final IRI FORMAT_JSON = VF.createIRI(EU + "file-type/JSON");
  static final IRI FORMAT_ATOM = VF.createIRI(EU + "file-type/ATOM");
  static final IRI MEDIA_ZIP = VF.createIRI(IANA + "application/zip");
  static final IRI MEDIA_JSON = VF.createIRI(IANA + "application/json");
  static final IRI MEDIA_ATOM = VF.createIRI(IANA + "application/atom+xml");
  static final IRI[] LANGUAGES = {
    VF.createIRI(EU + "language/NOB"),
    VF.createIRI(EU + "language/NNO"),
    VF.createIRI(EU + "language/ENG")
  };

  private CatalogVocabulary() {}
}
