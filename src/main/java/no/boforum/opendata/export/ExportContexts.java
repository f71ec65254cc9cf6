package no.boforum.opendata.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.boforum.opendata.ExportContext;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads, once per export, every classification's labels in the three languages. */
@ApplicationScoped
class ExportContexts {
  private static final List<String> TAXONOMIES =
      List.of(
          Taxonomies.ACTOR_TYPE,
          Taxonomies.COUNTY,
          Taxonomies.MUNICIPALITY,
          Taxonomies.VOLUNTARY_ROLE,
          Taxonomies.TARGET_GROUP,
          Taxonomies.THEME,
          Taxonomies.FUNDING,
          Taxonomies.PROCUREMENT_ROUTE);

  @Inject Taxonomies taxonomies;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  ExportContext current() {
    Map<String, Map<String, ExportContext.Labels>> labels = new HashMap<>();
    for (String taxonomy : TAXONOMIES) {
      Map<String, String> nn = byCode(taxonomies.terms(taxonomy, "nn"));
      Map<String, String> en = byCode(taxonomies.terms(taxonomy, "en"));
      Map<String, ExportContext.Labels> codes = new HashMap<>();
      for (Term t : taxonomies.terms(taxonomy, "nb")) {
        codes.put(
            t.code(),
            new ExportContext.Labels(t.label(), nn.get(t.code()), en.get(t.code()), t.parent()));
      }
      labels.put(taxonomy, codes);
    }
    return new ExportContext(labels, publicUrl);
  }

  private static Map<String, String> byCode(List<Term> terms) {
    Map<String, String> m = new HashMap<>();
    terms.forEach(t -> m.put(t.code(), t.label()));
    return m;
  }
}
