package no.boforum.discussion;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.boforum.practice.PracticeCards;
import no.boforum.practice.PracticeCards.Card;

/**
 * The practices that the posts of a page link to, as cards: looked up for all the page's posts at
 * once and kept for the rest of the request (a thread page asks for its question and accepted
 * answers, then for its replies). Unknown and unpublished practices get no card.
 */
@RequestScoped
public class PracticeCardsOfPage {
  @Inject PracticeCards practices;
  @Inject PracticeLinks links;

  private final Map<String, Optional<Card>> known = new HashMap<>();

  /** Looks up the practices of all these posts' links at once (those not seen yet). */
  public void prefetch(Collection<List<String>> postLinks) {
    Set<String> wanted = new LinkedHashSet<>();
    postLinks.forEach(l -> wanted.addAll(links.slugs(l)));
    wanted.removeAll(known.keySet());
    if (wanted.isEmpty()) {
      return;
    }
    Map<String, Card> found = practices.published(wanted);
    wanted.forEach(s -> known.put(s, Optional.ofNullable(found.get(s))));
  }

  /** The cards of the published practices one post's links name, in order. */
  public List<Card> cards(List<String> postLinks) {
    prefetch(List.of(postLinks));
    return links.slugs(postLinks).stream()
        .map(known::get)
        .filter(Objects::nonNull)
        .flatMap(Optional::stream)
        .toList();
  }
}
