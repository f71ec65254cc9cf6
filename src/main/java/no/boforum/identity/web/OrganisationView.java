package no.boforum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import no.boforum.identity.Action;
import no.boforum.identity.Authorization;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MembershipStatus;
import no.boforum.identity.MyMembership;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;
import no.boforum.taxonomy.Taxonomies;

/**
 * {@code /organisations/<slug>}: the organisation's facts, and "ask to join" for logged-in users.
 */
@Named
@RequestScoped
public class OrganisationView {
  @Inject OrganisationService organisations;
  @Inject Authorization authorization;
  @Inject CurrentCaller caller;
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  @Inject MarkdownRenderer markdown;
  private String slug;
  private OrganisationDetails organisation;
  private MyMembership membership;

  public void load() throws IOException {
    Optional<OrganisationDetails> found =
        slug == null ? Optional.empty() : organisations.find(slug);
    if (found.isEmpty()) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
      return;
    }
    organisation = found.get();
    Long me = caller.get().userId();
    if (me != null) {
      membership =
          organisations.membershipsOf(me).stream()
              .filter(m -> m.organisationId() == organisation.id())
              .findFirst()
              .orElse(null);
    }
  }

  public String join() throws IOException {
    try {
      organisations.requestToJoin(slug, LoginSession.address(FacesMessages.request()));
      FacesMessages.flash("organisation.joinAsked");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/organisations/" + slug);
    } catch (InputProblem p) {
      FacesMessages.error(null, p.messageKey());
    }
    return null;
  }

  /** Whether to offer "ask to join": logged in, and no pending or active membership. */
  public boolean isMayAskToJoin() {
    return caller.get().isAuthenticated()
        && (membership == null || membership.status() == MembershipStatus.REFUSED);
  }

  public boolean isManager() {
    return organisation != null && authorization.allows(Action.MANAGE_MEMBERS, organisation.id());
  }

  public String getActorTypeLabel() {
    return taxonomies.label(Taxonomies.ACTOR_TYPE, organisation.actorType(), language.getTag());
  }

  public String getPlace() {
    String municipality =
        taxonomies.label(Taxonomies.MUNICIPALITY, organisation.municipality(), language.getTag());
    String county = taxonomies.label(Taxonomies.COUNTY, organisation.county(), language.getTag());
    if (municipality != null && county != null) {
      return municipality + ", " + county;
    }
    return municipality != null ? municipality : county;
  }

  public String getDescriptionHtml() {
    return markdown.toSafeHtml(organisation.description());
  }

  public OrganisationDetails getOrganisation() {
    return organisation;
  }

  public MyMembership getMembership() {
    return membership;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
