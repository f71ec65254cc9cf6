package no.boforum.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.IdentityAction;
import no.boforum.identity.LoginSession;
import no.boforum.identity.MembershipService;
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
  @Inject MembershipService memberships;
  @Inject Authorization authorization;
  @Inject CurrentCaller caller;
  @Inject Taxonomies taxonomies;
  @Inject Language language;
  @Inject MarkdownRenderer markdown;
  private String slug;
  private OrganisationDetails organisation;
  private MyMembership membership;

  /**
   * Reads the slug from the request: the forwarded query on a GET, the form's hidden field on a
   * POST. Loading here, not in a view action, lets the form be processed on a postback.
   */
  @PostConstruct
  void init() {
    slug = FacesMessages.request().getParameter("slug");
    Optional<OrganisationDetails> found =
        slug == null ? Optional.empty() : organisations.find(slug);
    if (found.isEmpty()) {
      return;
    }
    organisation = found.get();
    Long me = caller.get().userId();
    if (me != null) {
      membership =
          memberships.membershipsOf(me).stream()
              .filter(m -> m.organisationId() == organisation.id())
              .findFirst()
              .orElse(null);
    }
  }

  /** The view action: an unknown organisation is a 404. */
  public void load() throws IOException {
    if (organisation == null) {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  /** Asks to join, then back to the organisation's own address, which says the request is sent. */
  public String join() throws IOException {
    try {
      memberships.requestToJoin(slug, LoginSession.address(FacesMessages.request()));
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesMessages.request().getContextPath() + "/organisations/" + slug + "?asked=true");
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
    return organisation != null
        && authorization.allows(IdentityAction.MANAGE_MEMBERS, organisation.id());
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
}
