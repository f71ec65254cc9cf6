package no.boforum.discussion.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.Post;
import no.boforum.discussion.PracticeLinks;
import no.boforum.discussion.Subjects;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.practice.PracticeCards;
import no.boforum.practice.PracticeCards.Card;

/**
 * The published practices a thread is linked to, for the search facet: the practice it is about and
 * those its visible posts link to (read from the sanitised HTML, as the cards are), looked up for a
 * whole batch of threads at once.
 */
@ApplicationScoped
public class ThreadPractices {
  @Inject PracticeLinks links;
  @Inject PracticeCards cards;
  @Inject Subjects subjects;
  @Inject MarkdownRenderer markdown;

  /** The published practices' slugs by thread id. */
  Map<Long, List<String>> of(List<DiscussionThread> threads, Map<Long, List<Post>> posts) {
    Map<Long, Set<String>> candidates = new HashMap<>();
    Set<String> all = new LinkedHashSet<>();
    for (DiscussionThread t : threads) {
      Set<String> slugs = new LinkedHashSet<>();
      subjects.practice(t.getPracticeId()).ifPresent(s -> slugs.add(s.slug()));
      posts.getOrDefault(t.getId(), List.of()).stream()
          .filter(p -> p.isVisible() && !p.isDeleted())
          .forEach(p -> slugs.addAll(links.slugs(markdown.render(p.getBody(), Map.of()).links())));
      candidates.put(t.getId(), slugs);
      all.addAll(slugs);
    }
    Map<String, Card> published = cards.published(all);
    Map<Long, List<String>> linked = new HashMap<>();
    candidates.forEach(
        (id, slugs) -> linked.put(id, slugs.stream().filter(published::containsKey).toList()));
    return linked;
  }

  /** The title of a published practice for the facet, the slug itself for any other. */
  String title(String slug) {
    Card card = cards.published(Set.of(slug)).get(slug);
    return card == null ? slug : card.title();
  }
}
