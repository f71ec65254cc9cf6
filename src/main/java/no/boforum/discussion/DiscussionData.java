package no.boforum.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.AccountDeleted;
import no.boforum.identity.PersonalData;

/**
 * A person's part of discussions in "download my data": their posts (deleted ones too, with what
 * they said before each edit), the posts they marked helpful or flagged, and the threads they
 * follow or muted, the posts that mentioned them. A deleted account's posts stay, under no name (as
 * practices do), and its follows and mentions go.
 */
@ApplicationScoped
public class DiscussionData implements PersonalData {
  @Inject DiscussionRepository repository;
  @Inject DiscussionMarks marks;
  @Inject DiscussionFlags flags;
  @PersistenceContext EntityManager em;

  @Override
  public String section() {
    return "discussions";
  }

  @Override
  @Transactional
  public Object of(long userId) {
    List<Map<String, Object>> posts = new ArrayList<>();
    for (Post p : repository.postsOf(userId)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("post", p.getId());
      m.put("thread", p.getThreadId());
      m.put("writtenAt", String.valueOf(p.getCreatedAt()));
      m.put("editedAt", p.getEditedAt() == null ? null : p.getEditedAt().toString());
      m.put("deletedAt", p.getDeletedAt() == null ? null : p.getDeletedAt().toString());
      m.put("text", p.getBody());
      m.put(
          "earlierTexts",
          repository.revisions(p.getId()).stream().map(PostRevision::getBody).toList());
      posts.add(m);
    }
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("posts", posts);
    all.put("markedHelpful", marks.helpfulOf(userId));
    all.put("flagged", flags.of(userId));
    Map<String, String> levels = new LinkedHashMap<>();
    marks.levelsOf(userId).forEach((thread, level) -> levels.put(thread.toString(), level.name()));
    all.put("threads", levels);
    Map<String, Long> read = new LinkedHashMap<>();
    marks.readOf(userId).forEach((thread, post) -> read.put(thread.toString(), post));
    all.put("readUpTo", read);
    all.put(
        "mentionedIn",
        em
            .createNativeQuery(
                "SELECT post_id FROM discussion_mention WHERE user_id = ? ORDER BY post_id")
            .setParameter(1, userId)
            .getResultList()
            .stream()
            .map(o -> ((Number) o).longValue())
            .toList());
    return all;
  }

  void accountDeleted(@Observes AccountDeleted deleted) {
    for (String table : List.of("discussion_reader", "discussion_mention")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE user_id = ?")
          .setParameter(1, deleted.userId())
          .executeUpdate();
    }
  }
}
