package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** The labels and choices of the needs-and-offers pages, in the page's language. */
@Named
@RequestScoped
public class MatchingLabels {
  @Inject Taxonomies taxonomies;
  @Inject Language language;

  /** The label of a code of a taxonomy ({@code target_group}, {@code theme}, ...). */
  public String label(String taxonomy, String code) {
    return taxonomies.label(taxonomy, code, language.getTag());
  }

  /** The labels of codes of a taxonomy, joined by commas. */
  public String labels(String taxonomy, List<String> codes) {
    return codes.stream().map(c -> label(taxonomy, c)).collect(Collectors.joining(", "));
  }

  public List<Term> terms(String taxonomy) {
    return taxonomies.terms(taxonomy, language.getTag());
  }

  /** Municipalities grouped by county, as native option groups. */
  public List<SelectItem> getMunicipalities() {
    String lang = language.getTag();
    Map<String, List<Term>> byCounty =
        taxonomies.terms(Taxonomies.MUNICIPALITY, lang).stream()
            .collect(Collectors.groupingBy(Term::parent));
    List<SelectItem> groups = new ArrayList<>();
    for (Term county : taxonomies.terms(Taxonomies.COUNTY, lang)) {
      SelectItem[] options =
          byCounty.getOrDefault(county.code(), List.of()).stream()
              .map(t -> new SelectItem(t.code(), t.label()))
              .toArray(SelectItem[]::new);
      groups.add(new SelectItemGroup(county.label(), null, false, options));
    }
    return groups;
  }

  /** A date as people read it in the page's language. */
  public String date(LocalDate date) {
    return date == null
        ? ""
        : date.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
  }
}
