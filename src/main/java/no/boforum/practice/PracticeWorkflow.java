package no.boforum.practice;

import static no.boforum.practice.PracticeState.ARCHIVED;
import static no.boforum.practice.PracticeState.DRAFT;
import static no.boforum.practice.PracticeState.PUBLISHED;
import static no.boforum.practice.PracticeState.SUBMITTED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The editorial workflow: which moves exist from which state, and who may make them (decision
 * 0006). Editors of the owning organisation write and submit; reviewers (Husbanken's editors, the
 * moderator role) publish anything, and editors of a verified organisation publish their own.
 */
public final class PracticeWorkflow {
  /** A move between states. */
  public enum Transition {
    SUBMIT(EnumSet.of(DRAFT), SUBMITTED),
    PUBLISH(EnumSet.of(DRAFT, SUBMITTED), PUBLISHED),
    /** Withdraw a submission, send it back, unpublish, or take out of the archive. */
    TO_DRAFT(EnumSet.of(SUBMITTED, PUBLISHED, ARCHIVED), DRAFT),
    ARCHIVE(EnumSet.of(DRAFT, SUBMITTED, PUBLISHED), ARCHIVED);

    private final Set<PracticeState> from;
    private final PracticeState to;

    Transition(Set<PracticeState> from, PracticeState to) {
      this.from = from;
      this.to = to;
    }

    public boolean startsIn(PracticeState state) {
      return from.contains(state);
    }

    public PracticeState to() {
      return to;
    }
  }

  /**
   * What the caller is to the practice's owner.
   *
   * @param member an active member of the owning organisation (sees its unpublished practices)
   * @param editor an editor or admin of the owning organisation
   * @param reviewer holds the reviewing role
   * @param ownerVerified the owning organisation is verified
   */
  public record Rights(boolean member, boolean editor, boolean reviewer, boolean ownerVerified) {
    public static final Rights NONE = new Rights(false, false, false, false);

    boolean publishes() {
      return reviewer || (editor && ownerVerified);
    }

    boolean writes() {
      return editor || reviewer;
    }
  }

  private PracticeWorkflow() {}

  public static boolean mayView(PracticeState state, Rights rights) {
    return state == PUBLISHED || rights.member() || rights.writes();
  }

  /**
   * Saving changes: drafts and submissions by their writers; a published practice only by those who
   * could publish the change, so that a save never bypasses review; never in the archive.
   */
  public static boolean mayEdit(PracticeState state, Rights rights) {
    return switch (state) {
      case DRAFT, SUBMITTED -> rights.writes();
      case PUBLISHED -> rights.publishes();
      case ARCHIVED -> false;
    };
  }

  /** Whether the caller may make the move, assuming it starts in the present state. */
  public static boolean mayMake(Transition transition, Rights rights) {
    return transition == Transition.PUBLISH ? rights.publishes() : rights.writes();
  }

  /** The moves that exist from {@code state} and that the caller may make. */
  public static Set<Transition> available(PracticeState state, Rights rights) {
    return Arrays.stream(Transition.values())
        .filter(t -> t.startsIn(state) && mayMake(t, rights))
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Transition.class)));
  }
}
