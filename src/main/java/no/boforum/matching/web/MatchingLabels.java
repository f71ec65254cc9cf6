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
import no.boforum.matching.SuggestedMatch;
import no.boforum.platform.text.Messages;
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

  /**
   * Why a match was suggested, as a phrase ("same target group: Flyktninger"); the code's label
   * comes from the taxonomy its kind names.
   */
  public String reason(SuggestedMatch.Reason reason) {
    String taxonomy =
        switch (reason.kind()) {
          case TARGET_GROUP -> Taxonomies.TARGET_GROUP;
          case THEME -> Taxonomies.THEME;
          case ACTOR_TYPE -> Taxonomies.ACTOR_TYPE;
          case SAME_MUNICIPALITY -> Taxonomies.MUNICIPALITY;
          case SAME_COUNTY -> Taxonomies.COUNTY;
          case NATIONAL, SIMILAR_TEXT -> null;
        };
    String code = taxonomy == null || reason.code() == null ? "" : label(taxonomy, reason.code());
    return Messages.format(language.getLocale(), "matching.reason." + reason.kind(), code);
  }

  /** The reasons of a match, joined as a sentence's parts. */
  public String reasons(List<SuggestedMatch.Reason> reasons) {
    return reasons.stream().map(this::reason).collect(Collectors.joining("; "));
  }

  /** A date as people read it in the page's language. */
  public String date(LocalDate date) {
    return date == null
        ? ""
        : date.format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
  }
}
