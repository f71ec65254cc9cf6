package no.boforum.matching.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.matching.MatchingRepository;
import no.boforum.matching.MatchingViews;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingState;
import no.boforum.matching.Side;
import no.boforum.matching.SuggestedMatch;
import no.boforum.matching.SuggestedMatch.Reason;
import no.boforum.matching.SuggestedMatch.Suggestions;
import no.boforum.practice.PracticeChanges;
import no.boforum.search.FittingDocuments;
import no.boforum.search.FittingDocuments.Clause;
import no.boforum.search.FittingDocuments.Description;
import no.boforum.search.FittingDocuments.Fit;

/**
 * What fits a need or an offer, as the search engine ranks it: for a need, the current offers of
 * other organisations and the published practices; for an offer, the current needs of others.
 * Shared target groups weigh most, then themes, then words in common (one of these must hold);
 * nearness orders the rest: the same municipality, then the same county, then national, and the
 * kind of actor wanted. Each suggestion carries the clauses that held as its reasons. The postings
 * are read again from the database, so a suggestion is never of something closed meanwhile.
 */
@ApplicationScoped
@Transactional
public class SuggestedMatches {
  static final float TARGET_GROUP = 4;
  static final float THEME = 2;
  static final float TEXT = 1.5f;
  static final float SAME_MUNICIPALITY = 3;
  static final float SAME_COUNTY = 2;
  static final float NATIONAL = 1;
  static final float ACTOR_TYPE = 1;

  /** At most this many of each: enough to choose from, few enough to read. */
  public static final int MAX = 20;

  @Inject FittingDocuments fitting;
  @Inject MatchingRepository repository;
  @Inject MatchingViews views;

  /** The suggestions for a posting; none for one that is closed. */
  public Suggestions of(PostingDetails p, int size) {
    if (!p.state().isCurrent()) {
      return Suggestions.NONE;
    }
    int n = Math.max(1, Math.min(size, MAX));
    List<SuggestedMatch> postings = postings(p, n, false);
    List<SuggestedMatch> practices = p.side() == Side.NEED ? practices(p, n) : List.of();
    return new Suggestions(postings, practices);
  }

  /**
   * The current postings of the other side that fit {@code p}, for work that must tell nothing
   * fitting from no answer.
   *
   * @throws no.boforum.search.SearchUnavailableException when the index cannot answer
   */
  public List<SuggestedMatch> otherSide(PostingDetails p, int size) {
    return postings(p, Math.max(1, Math.min(size, MAX)), true);
  }

  private List<SuggestedMatch> postings(PostingDetails p, int size, boolean strict) {
    Side other = p.side() == Side.NEED ? Side.OFFER : Side.NEED;
    List<Clause> excluded = new ArrayList<>();
    for (PostingState s : PostingState.values()) {
      if (!s.isCurrent()) {
        excluded.add(new Clause("state", "state", s.name(), 0));
      }
    }
    if (p.organisation() != null) {
      excluded.add(new Clause("own", "organisationSlug", p.organisation().slug(), 0));
    }
    Description description =
        new Description(
            PostingSearchKind.NAME,
            topics(p),
            nearness(p),
            p.title() + "\n" + p.body(),
            TEXT,
            List.of(new Clause("side", "side", other.name(), 0)),
            excluded,
            size);
    List<Fit> fits = strict ? fitting.require(description) : fitting.find(description);
    Map<Long, Fit> byId = new LinkedHashMap<>();
    fits.stream()
        .filter(f -> f.key().matches("\\d{1,18}"))
        .forEach(f -> byId.put(Long.valueOf(f.key()), f));
    return views.details(repository.findByIds(List.copyOf(byId.keySet()))).stream()
        .filter(d -> d.side() == other && d.state().isCurrent())
        .map(d -> new SuggestedMatch(d, null, byId.get(d.id()).score(), reasons(byId.get(d.id()))))
        .sorted(Comparator.comparingDouble(SuggestedMatch::score).reversed())
        .toList();
  }

  private List<SuggestedMatch> practices(PostingDetails p, int size) {
    return fitting
        .find(
            new Description(
                PracticeChanges.KIND,
                topics(p),
                nearness(p),
                p.title() + "\n" + p.body(),
                TEXT,
                List.of(),
                List.of(),
                size))
        .stream()
        .map(
            f ->
                new SuggestedMatch(
                    null,
                    new SuggestedMatch.PracticeFit(f.key(), f.path(), f.title(), f.summary()),
                    f.score(),
                    reasons(f)))
        .toList();
  }

  /** What it is about: each shared target group and theme is a reason (words are added apart). */
  static List<Clause> topics(PostingDetails p) {
    List<Clause> topics = new ArrayList<>();
    p.targetGroups().forEach(c -> topics.add(clause(Reason.Kind.TARGET_GROUP, c, TARGET_GROUP)));
    p.themes().forEach(c -> topics.add(clause(Reason.Kind.THEME, c, THEME)));
    return topics;
  }

  /**
   * Where and with whom: the same municipality counts on top of the same county; an item for the
   * whole country is near anything. A posting for the whole country is as near to all. The kinds of
   * actor: those a need wants, or the kind of the offering organisation, as the index holds them.
   */
  static List<Clause> nearness(PostingDetails p) {
    List<Clause> near = new ArrayList<>();
    p.municipalities()
        .forEach(c -> near.add(clause(Reason.Kind.SAME_MUNICIPALITY, c, SAME_MUNICIPALITY)));
    p.counties().forEach(c -> near.add(clause(Reason.Kind.SAME_COUNTY, c, SAME_COUNTY)));
    if (!p.counties().isEmpty()) {
      near.add(new Clause(Reason.Kind.NATIONAL.name(), "countyCodes", null, NATIONAL));
    }
    List<String> actors =
        p.side() == Side.NEED
            ? p.actorTypes()
            : p.organisationActorType() == null ? List.of() : List.of(p.organisationActorType());
    actors.forEach(c -> near.add(clause(Reason.Kind.ACTOR_TYPE, c, ACTOR_TYPE)));
    return near;
  }

  private static Clause clause(Reason.Kind kind, String code, float weight) {
    return new Clause(kind.name() + ":" + code, field(kind), code, weight);
  }

  private static String field(Reason.Kind kind) {
    return switch (kind) {
      case TARGET_GROUP -> "targetGroups";
      case THEME -> "themes";
      case ACTOR_TYPE -> "actorTypes";
      case SAME_MUNICIPALITY -> "municipalityCodes";
      case SAME_COUNTY, NATIONAL -> "countyCodes";
      case SIMILAR_TEXT -> throw new IllegalArgumentException("words are no field");
    };
  }

  /**
   * The reasons from the names of the clauses that held, in the order people read them; the same
   * county goes unsaid where the same municipality is said.
   */
  static List<Reason> reasons(Fit f) {
    List<Reason> reasons = new ArrayList<>();
    for (String name : f.reasons()) {
      if (name.equals(FittingDocuments.TEXT)) {
        reasons.add(new Reason(Reason.Kind.SIMILAR_TEXT, null));
      } else {
        int colon = name.indexOf(':');
        String kind = colon < 0 ? name : name.substring(0, colon);
        String code = colon < 0 ? null : name.substring(colon + 1);
        try {
          reasons.add(new Reason(Reason.Kind.valueOf(kind), code));
        } catch (IllegalArgumentException notAReason) {
          // a filter's name: not a reason
        }
      }
    }
    if (reasons.stream().anyMatch(r -> r.kind() == Reason.Kind.SAME_MUNICIPALITY)) {
      reasons.removeIf(r -> r.kind() == Reason.Kind.SAME_COUNTY);
    }
    reasons.sort(Comparator.comparing(Reason::kind));
    return List.copyOf(reasons);
  }
}
