package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.event.EventAccess;
import no.boforum.event.EventFormat;
import no.boforum.event.Sectors;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/** What the event forms and filters offer: taxonomy terms, formats, sectors and organisations. */
@Named
@RequestScoped
public class EventChoices {
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  @Inject CurrentCaller caller;
  @Inject EventAccess access;
  @Inject OrganisationService organisations;
  @Inject EventLabels labels;
  private List<OrganisationDetails> hostable;

  /** The terms of a taxonomy by its name ({@code theme}, {@code county}, ...). */
  public List<Term> terms(String taxonomy) {
    return taxonomies.terms(taxonomy, language.getTag());
  }

  public List<EventFormat> getFormats() {
    return List.of(EventFormat.values());
  }

  /** Municipalities in groups by county, for the place picker. */
  public List<SelectItem> getMunicipalities() {
    Map<String, List<Term>> byCounty =
        terms(Taxonomies.MUNICIPALITY).stream().collect(Collectors.groupingBy(Term::parent));
    List<SelectItem> groups = new ArrayList<>();
    for (Term county : terms(Taxonomies.COUNTY)) {
      SelectItem[] options =
          byCounty.getOrDefault(county.code(), List.of()).stream()
              .sorted(Comparator.comparing(Term::label))
              .map(m -> new SelectItem(m.code(), m.label()))
              .toArray(SelectItem[]::new);
      if (options.length > 0) {
        groups.add(new SelectItemGroup(county.label(), null, false, options));
      }
    }
    return groups;
  }

  /** The sectors a seat group may be for: people on their own, then the actor types. */
  public List<Term> getSectors() {
    List<Term> sectors = new ArrayList<>();
    for (String own : Sectors.OWN) {
      sectors.add(new Term(own, labels.sector(own), null));
    }
    sectors.addAll(terms(Taxonomies.ACTOR_TYPE));
    return sectors;
  }

  /**
   * The organisations the caller may host a new event for, by name: their own, or any for an
   * administrator.
   */
  public List<OrganisationDetails> getHostable() {
    if (hostable == null) {
      Caller c = caller.get();
      Collection<OrganisationDetails> candidates =
          c.isAdministrator()
              ? organisations.all()
              : organisations.byIds(c.memberships().keySet()).values();
      hostable =
          candidates.stream()
              .filter(o -> access.mayHost(o.id()))
              .sorted(Comparator.comparing(OrganisationDetails::name))
              .toList();
    }
    return hostable;
  }

  /** True if the caller may host an event for at least one organisation. */
  public boolean isMayHost() {
    return !getHostable().isEmpty();
  }

  public List<OrganisationDetails> getAllOrganisations() {
    return organisations.all().stream()
        .sorted(Comparator.comparing(OrganisationDetails::name))
        .toList();
  }
}
