package no.boforum.practice.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.platform.text.Messages;
import no.boforum.practice.PracticeDetails;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/**
 * The words people use for what a practice is tagged with: the labels of its classification in
 * bokmål, nynorsk and English, and the names of its places, so that "rusavhengige", "Vestland" or
 * "dokumentert effekt" finds the practices tagged so, not only those whose text happens to say it.
 * Read once per batch of documents (one query per taxonomy and language: 21), not per practice.
 */
@ApplicationScoped
public class PracticeLabels {
  static final List<String> LANGUAGES = List.of("nb", "nn", "en");

  @Inject Taxonomies taxonomies;

  /** The labels of every term, as they are now. */
  public Labels current() {
    Map<String, Map<String, String>> byTaxonomy = new HashMap<>();
    for (String taxonomy :
        List.of(
            Taxonomies.TARGET_GROUP,
            Taxonomies.THEME,
            Taxonomies.VOLUNTARY_ROLE,
            Taxonomies.ACTOR_TYPE,
            Taxonomies.FUNDING,
            Taxonomies.MUNICIPALITY,
            Taxonomies.COUNTY)) {
      Map<String, Set<String>> words = new HashMap<>();
      for (String language : LANGUAGES) {
        for (Term term : taxonomies.terms(taxonomy, language)) {
          words.computeIfAbsent(term.code(), c -> new LinkedHashSet<>()).add(term.label());
        }
      }
      Map<String, String> labels = new HashMap<>();
      words.forEach((code, set) -> labels.put(code, String.join(" · ", set)));
      byTaxonomy.put(taxonomy, labels);
    }
    return new Labels(byTaxonomy);
  }

  /** Every term's labels in the three languages, by taxonomy and code. */
  public record Labels(Map<String, Map<String, String>> byTaxonomy) {

    /**
     * The practice's classification in words: target groups, themes, roles in the voluntary sector,
     * actor types, funding and evidence level, each in bokmål, nynorsk and English; one line per
     * term.
     */
    public String classification(PracticeDetails p) {
      List<String> lines = new ArrayList<>();
      add(lines, Taxonomies.TARGET_GROUP, p.targetGroups());
      add(lines, Taxonomies.THEME, p.themes());
      add(lines, Taxonomies.VOLUNTARY_ROLE, p.voluntaryRoles());
      add(lines, Taxonomies.ACTOR_TYPE, p.actorTypes());
      add(lines, Taxonomies.FUNDING, p.funding());
      if (p.evidenceLevel() != null) {
        Set<String> evidence = new LinkedHashSet<>();
        for (String language : LANGUAGES) {
          evidence.add(Messages.format(Messages.locale(language), "evidence." + p.evidenceLevel()));
        }
        lines.add(String.join(" · ", evidence));
      }
      return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /**
     * The names of the practice's places: its municipalities and counties, and the county of each
     * municipality (a county's name finds what lies in it); "the whole country" for a national one.
     */
    public String places(PracticeDetails p) {
      Set<String> names = new LinkedHashSet<>();
      for (String code : p.places()) {
        String taxonomy = code.length() == 4 ? Taxonomies.MUNICIPALITY : Taxonomies.COUNTY;
        names.add(byTaxonomy.getOrDefault(taxonomy, Map.of()).getOrDefault(code, code));
        if (code.length() == 4) {
          String county = code.substring(0, 2);
          names.add(
              byTaxonomy.getOrDefault(Taxonomies.COUNTY, Map.of()).getOrDefault(county, county));
        }
      }
      if (p.national()) {
        for (String language : LANGUAGES) {
          names.add(Messages.format(Messages.locale(language), "practice.national"));
        }
      }
      return names.isEmpty() ? null : String.join("\n", names);
    }

    private void add(List<String> lines, String taxonomy, List<String> codes) {
      Map<String, String> labels = byTaxonomy.getOrDefault(taxonomy, Map.of());
      for (String code : codes == null ? List.<String>of() : codes) {
        lines.add(labels.getOrDefault(code, code));
      }
    }
  }
}
