package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.identity.Authorization;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.web.Language;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeAction;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** The taxonomy terms that practice forms and filters offer, in the page's language. */
@Named
@RequestScoped
public class PracticeChoices {
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  @Inject CurrentCaller caller;
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;
  private List<OrganisationDetails> editorOf;

  /** The terms of a taxonomy by its name ({@code theme}, {@code county}, ...). */
  public List<Term> terms(String taxonomy) {
    return taxonomies.terms(taxonomy, language.getTag());
  }

  /** Municipalities sorted by name, each labelled with its county to tell twins apart. */
  public List<Term> getMunicipalities() {
    Map<String, String> counties =
        terms(Taxonomies.COUNTY).stream().collect(Collectors.toMap(Term::code, Term::label));
    return terms(Taxonomies.MUNICIPALITY).stream()
        .map(
            m ->
                new Term(
                    m.code(),
                    m.label() + " (" + counties.getOrDefault(m.parent(), "") + ")",
                    m.parent()))
        .sorted(Comparator.comparing(Term::label))
        .toList();
  }

  /** Counties, then the municipalities of each, as option groups for a place picker. */
  public List<SelectItem> getPlaces() {
    Map<String, List<Term>> byCounty =
        terms(Taxonomies.MUNICIPALITY).stream().collect(Collectors.groupingBy(Term::parent));
    List<SelectItem> groups = new ArrayList<>();
    for (Term county : terms(Taxonomies.COUNTY)) {
      List<SelectItem> options = new ArrayList<>();
      options.add(new SelectItem(county.code(), county.label()));
      byCounty.getOrDefault(county.code(), List.of()).stream()
          .sorted(Comparator.comparing(Term::label))
          .forEach(m -> options.add(new SelectItem(m.code(), m.label())));
      groups.add(
          new SelectItemGroup(county.label(), null, false, options.toArray(SelectItem[]::new)));
    }
    return groups;
  }

  /** The organisations where the caller is an editor or admin, by name. */
  public List<OrganisationDetails> getEditorOrganisations() {
    if (editorOf == null) {
      List<Long> ids =
          caller.get().memberships().entrySet().stream()
              .filter(e -> e.getValue().includes(MembershipRole.EDITOR))
              .map(Map.Entry::getKey)
              .toList();
      editorOf =
          organisations.byIds(ids).values().stream()
              .sorted(Comparator.comparing(OrganisationDetails::name))
              .toList();
    }
    return editorOf;
  }

  /**
   * The organisations a practice may be owned by: the caller's own, or any for a reviewer, who may
   * publish on behalf of an organisation.
   */
  public List<OrganisationDetails> getOwnerOrganisations() {
    return authorization.allows(PracticeAction.REVIEW)
        ? getAllOrganisations()
        : getEditorOrganisations();
  }

  public List<OrganisationDetails> getAllOrganisations() {
    return organisations.all().stream()
        .sorted(Comparator.comparing(OrganisationDetails::name))
        .toList();
  }

  public List<ActivityStatus> getStatuses() {
    return List.of(ActivityStatus.values());
  }

  public List<EvidenceLevel> getEvidenceLevels() {
    return List.of(EvidenceLevel.values());
  }
}
