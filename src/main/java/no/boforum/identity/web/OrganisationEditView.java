package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.identity.Decision;
import no.boforum.identity.IdentityAction;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

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
  @Inject OrganisationChoices choices;
  private String slug;
  private OrganisationDetails organisation;
  private OrganisationForm form = new OrganisationForm();
  private long version;

  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    organisation = slug == null ? null : organisations.find(slug).orElse(null);
    if (organisation != null) {
      form = OrganisationForm.of(organisation);
      version = organisation.version();
    }
  }

  /** The view action: 404 for an unknown organisation, login or 403 for those who may not. */
  public void check() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (organisation == null) {
      external.responseSendError(404, null);
    } else {
      Decision decision = authorization.decide(IdentityAction.EDIT_ORGANISATION, organisation.id());
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
    if (organisation == null) {
      FacesMessages.error(null, "error.notfound.text");
      return null;
    }
    try {
      organisations.update(
          slug,
          form.toData(slug, choices.countyOf(form.getMunicipality(), organisation.county())),
          version);
      FacesMessages.flash("organisation.saved");
      return "/my/organisations?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.show("edit", p);
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
    } catch (RuntimeException e) {
      if (!Failures.causedBy(e, OptimisticLockException.class)) {
        throw e;
      }
      FacesMessages.error(null, "organisation.changedMeanwhile");
    }
    return null;
  }

  public OrganisationDetails getOrganisation() {
    return organisation;
  }

  public OrganisationForm getForm() {
    return form;
  }

  public String getSlug() {
    return slug;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
