package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import no.boforum.identity.Area;
import no.boforum.identity.Caller;
import no.boforum.identity.MembershipRole;

/** Reading events as the public sees them: published, cancelled and closed events, never drafts. */
@ApplicationScoped
@Transactional
public class EventService {
  @Inject EventRepository repository;
  @Inject EventViews views;
  @Inject EventAccess access;
  Clock clock = Clock.systemUTC();

  /** The event, if it is public or the caller runs it. */
  public Optional<EventDetails> find(String slug) {
    return repository
        .findBySlug(slug)
        .filter(e -> e.getState().isPublic() || access.mayManage(e))
        .map(views::details);
  }

  public List<EventSummary> list(EventFilter filter, int offset, int limit) {
    return views.summaries(repository.findPublic(filter, EventTimes.now(clock), offset, limit));
  }

  /** When the public event lists last changed (UTC), for their Last-Modified. */
  public Optional<LocalDateTime> lastChange() {
    return repository.lastChange(EventTimes.now(clock));
  }

  public long count(EventFilter filter) {
    return repository.countPublic(filter, EventTimes.now(clock));
  }

  /**
   * The events the caller runs (hosts or co-hosts) among those of their organisations, in every
   * state, latest start first; at most {@code limit} of them.
   */
  public List<EventSummary> runBy(Caller caller, int limit) {
    if (!caller.isAuthenticated()) {
      return List.of();
    }
    // Only the organisations the caller could run events for: the limit applies to those.
    boolean eventHost = Area.EVENT_HOSTING.admits(caller);
    java.util.Set<Long> orgs =
        caller.memberships().keySet().stream()
            .filter(o -> eventHost || caller.holds(MembershipRole.EDITOR, o))
            .collect(java.util.stream.Collectors.toSet());
    return views.summaries(
        repository.hostedBy(orgs, limit).stream()
            .filter(e -> access.mayManage(caller, e))
            .toList());
  }
}
