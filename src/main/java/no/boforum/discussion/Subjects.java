package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import no.boforum.event.EventRepository;
import no.boforum.event.ForumEvent;
import no.boforum.platform.InputProblem;
import no.boforum.practice.Practice;
import no.boforum.practice.PracticeRepository;
import no.boforum.practice.PracticeState;

/**
 * What a thread is about: a published practice or a public event, found by slug when a thread is
 * started and shown by id afterwards.
 */
@ApplicationScoped
public class Subjects {
  /** A practice or an event as a thread links it. */
  public record Subject(String slug, String title) {}

  @Inject PracticeRepository practices;
  @Inject EventRepository events;

  /** The id of the published practice with this slug; refused by field when there is none. */
  public Long practiceId(String slug) {
    return slug == null
        ? null
        : practices
            .findBySlug(slug)
            .filter(p -> p.getState() == PracticeState.PUBLISHED)
            .map(Practice::getId)
            .orElseThrow(() -> new InputProblem("practice", "discussion.practiceUnknown", slug));
  }

  /** The id of the public event with this slug; refused by field when there is none. */
  public Long eventId(String slug) {
    return slug == null
        ? null
        : events
            .findBySlug(slug)
            .filter(e -> e.getState().isPublic())
            .map(ForumEvent::getId)
            .orElseThrow(() -> new InputProblem("event", "discussion.eventUnknown", slug));
  }

  public Optional<Subject> practice(Long id) {
    if (id == null) {
      return Optional.empty();
    }
    Practice p = practices.findById(id);
    return p == null || p.getState() != PracticeState.PUBLISHED
        ? Optional.empty()
        : Optional.of(new Subject(p.getSlug(), p.getTitle()));
  }

  public Optional<Subject> event(Long id) {
    if (id == null) {
      return Optional.empty();
    }
    ForumEvent e = events.find(id);
    return e == null || !e.getState().isPublic()
        ? Optional.empty()
        : Optional.of(new Subject(e.getSlug(), e.getTitle()));
  }
}
