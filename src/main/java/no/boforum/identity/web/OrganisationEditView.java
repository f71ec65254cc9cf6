package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.boforum.identity.Action;
import no.boforum.identity.Authorization;
import no.boforum.identity.Decision;
import no.boforum.identity.OrganisationData;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;
import no.boforum.taxonomy.Term;

/**
 * {@code /organisations/<slug>/edit}: the organisation's admins change its facts. A problem is
 * shown beside its field with everything typed kept; an edit made meanwhile by someone else is not
 * overwritten.
 */
@Named
@RequestScoped
public class OrganisationEditView {
  @Inject OrganisationService organisations;
  @Inject Authorization authorization;
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  private String slug;
  private OrganisationDetails organisation;
  private String name;
  private String orgNumber;
  private String actorType;
  private String municipality;
  private String website;
  private String description;
  private long version;

  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    organisation = slug == null ? null : organisations.find(slug).orElse(null);
    if (organisation != null) {
      name = organisation.name();
      orgNumber = organisation.orgNumber();
      actorType = organisation.actorType();
      municipality = organisation.municipality();
      website = organisation.website();
      description = organisation.description();
      version = organisation.version();
    }
  }

  /** The view action: 404 for an unknown organisation, login or 403 for those who may not. */
  public void check() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (organisation == null) {
      external.responseSendError(404, null);
    } else {
      Decision decision = authorization.decide(Action.EDIT_ORGANISATION, organisation.id());
      if (decision == Decision.NOT_AUTHENTICATED) {
        external.redirect(AccessFilter.loginUrl(FacesMessages.request()));
      } else if (decision == Decision.FORBIDDEN) {
        external.responseSendError(403, null);
      } else {
        return;
      }
    }
    FacesContext.getCurrentInstance().responseComplete();
  }

  public String save() {
    String county =
        municipality == null || municipality.isBlank()
            ? organisation.county()
            : taxonomies
                .find(Taxonomies.MUNICIPALITY, municipality, "nb")
                .map(Term::parent)
                .orElse(null);
    try {
      organisations.update(
          slug,
          new OrganisationData(
              slug, name, orgNumber, actorType, county, municipality, website, description),
          version);
      FacesMessages.flash("organisation.saved");
      return "/my/organisations?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.show("edit", p);
    } catch (OptimisticLockException e) {
      FacesMessages.error(null, "organisation.changedMeanwhile");
    } catch (RuntimeException e) {
      if (!(rootCause(e) instanceof OptimisticLockException)) {
        throw e;
      }
      FacesMessages.error(null, "organisation.changedMeanwhile");
    }
    return null;
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
      if (t instanceof OptimisticLockException || t instanceof RollbackException) {
        return t instanceof RollbackException r && r.getCause() != null ? r.getCause() : t;
      }
    }
    return t;
  }

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
      List<Term> in = byCounty.getOrDefault(county.code(), List.of());
      SelectItem[] options =
          in.stream().map(t -> new SelectItem(t.code(), t.label())).toArray(SelectItem[]::new);
      groups.add(new SelectItemGroup(county.label(), null, false, options));
    }
    return groups;
  }

  public OrganisationDetails getOrganisation() {
    return organisation;
  }

  public String getSlug() {
    return slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }

  public String getActorType() {
    return actorType;
  }

  public void setActorType(String actorType) {
    this.actorType = actorType;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
