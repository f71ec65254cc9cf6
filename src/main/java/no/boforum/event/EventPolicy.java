package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import no.boforum.identity.Action;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.Policy;

/**
 * Who hosts events (decision 0012): people with the event-host role, for an organisation they are a
 * member of, and editors of verified organisations, for that organisation. An event is run by the
 * same people for its host organisation and by the editors of its co-hosts.
 */
@ApplicationScoped
public class EventPolicy implements Policy<EventAction> {
  /** An organisation that would host a new event. */
  public record Host(long organisationId, boolean verified) {}

  /** The organisations that run an event. */
  public record Hosts(long hostOrganisationId, boolean hostVerified, Set<Long> cohosts) {
    public Hosts {
      cohosts = Set.copyOf(cohosts);
    }
  }

  @Override
  public Class<EventAction> actions() {
    return EventAction.class;
  }

  @Override
  public boolean allows(Caller caller, EventAction action, Object resource) {
    return switch (action) {
      case HOST ->
          resource instanceof Host h && mayHostFor(caller, h.organisationId(), h.verified());
      case MANAGE ->
          resource instanceof Hosts h
              && (mayHostFor(caller, h.hostOrganisationId(), h.hostVerified())
                  || h.cohosts().stream().anyMatch(c -> caller.holds(MembershipRole.EDITOR, c)));
      case REGISTER -> caller.isAuthenticated();
    };
  }

  private static boolean mayHostFor(Caller caller, long organisation, boolean verified) {
    if (Area.EVENT_HOSTING.admits(caller) && caller.holds(MembershipRole.MEMBER, organisation)) {
      return true;
    }
    return verified && caller.holds(MembershipRole.EDITOR, organisation);
  }

  @Override
  public Map<String, Action> pages() {
    return Map.of("/my/events", EventAction.REGISTER);
  }
}
