package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** The choices of the organisation form, in the page's language. */
@Named
@RequestScoped
public class OrganisationChoices {
  @Inject Taxonomies taxonomies;
  @Inject Language language;

  public List<Term> getActorTypes() {
    return taxonomies.terms(Taxonomies.ACTOR_TYPE, language.getTag());
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

  /** The county of a municipality code, or {@code fallback} when none is chosen. */
  String countyOf(String municipality, String fallback) {
    if (municipality == null || municipality.isBlank()) {
      return fallback;
    }
    return taxonomies
        .find(Taxonomies.MUNICIPALITY, municipality, "nb")
        .map(Term::parent)
        .orElse(null);
  }
}
