package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import no.boforum.identity.LoginSession;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /my/new-organisation}: a logged-in user registers an organisation that is not in the
 * portal; it waits for an administrator's verification, with the user as its admin.
 */
@Named
@RequestScoped
public class OrganisationNewView {
  @Inject OrganisationService organisations;
  @Inject OrganisationChoices choices;
  private final OrganisationForm form = new OrganisationForm();

  public String register() {
    try {
      OrganisationDetails created =
          organisations.register(
              form.toData(null, choices.countyOf(form.getMunicipality(), null)),
              LoginSession.address(FacesMessages.request()));
      FacesMessages.flash("organisation.registered", created.name());
      return "/my/organisations?faces-redirect=true";
    } catch (InputProblem p) {
      FacesMessages.show("edit", p);
      return null;
    }
  }

  public OrganisationForm getForm() {
    return form;
  }
}
