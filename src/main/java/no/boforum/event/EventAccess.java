package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.boforum.identity.Authorization;
import no.boforum.identity.Caller;
import no.boforum.identity.OrganisationService;

/** What the current caller may do with events, asked of {@link Authorization}. */
@ApplicationScoped
public class EventAccess {
  @Inject Authorization authorization;
  @Inject OrganisationService organisations;

  /** The organisations that run the event, as {@link EventPolicy} reads them. */
  public EventPolicy.Hosts hosts(ForumEvent e) {
    return new EventPolicy.Hosts(
        e.getHostOrganisationId(),
        verified(e.getHostOrganisationId()),
        e.getCohostOrganisationIds());
  }

  public boolean mayManage(ForumEvent e) {
    return authorization.allows(EventAction.MANAGE, hosts(e));
  }

  public boolean mayManage(Caller caller, ForumEvent e) {
    return authorization.allows(caller, EventAction.MANAGE, hosts(e));
  }

  /** Refuses (401 for a visitor, 403 otherwise) unless the caller runs the event. */
  public Caller requireManage(ForumEvent e) {
    return authorization.require(EventAction.MANAGE, hosts(e));
  }

  /** Refuses unless the caller may host a new event for the organisation. */
  public Caller requireHost(long organisationId) {
    return authorization.require(
        EventAction.HOST, new EventPolicy.Host(organisationId, verified(organisationId)));
  }

  public boolean mayHost(long organisationId) {
    return authorization.allows(
        EventAction.HOST, new EventPolicy.Host(organisationId, verified(organisationId)));
  }

  /** Refuses (401) unless someone is logged in, who may register for events. */
  public Caller requireRegister() {
    return authorization.require(EventAction.REGISTER);
  }

  private boolean verified(long organisationId) {
    return organisations.find(organisationId).map(o -> o.verified()).orElse(false);
  }
}
