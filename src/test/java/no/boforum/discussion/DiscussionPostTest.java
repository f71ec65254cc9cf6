package no.boforum.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** An edit keeps the text it replaces, unless it comes within five minutes of posting. */
class DiscussionPostTest {
  static final LocalDateTime POSTED = LocalDateTime.of(2026, 12, 2, 10, 0);

  @Test
  void anEditSoonAfterPostingKeepsNoRevision() {
    Post post = new Post(1L, 2L, "Første tekst", null, POSTED);
    assertTrue(post.edit("Rettet tekst", POSTED.plusMinutes(4)).isEmpty());
    assertEquals("Rettet tekst", post.getBody());
  }

  @Test
  void aLaterEditKeepsTheTextItReplacesWithWhenItWasWritten() {
    Post post = new Post(1L, 2L, "Første tekst", null, POSTED);
    post.edit("Andre tekst", POSTED.plusMinutes(1));
    PostRevision kept = post.edit("Tredje tekst", POSTED.plusMinutes(6)).orElseThrow();
    assertEquals("Andre tekst", kept.getBody());
    assertEquals(POSTED.plusMinutes(1), kept.getWrittenAt());
    assertEquals("Tredje tekst", post.getBody());
  }

  @Test
  void anEditThatChangesNothingKeepsNothing() {
    Post post = new Post(1L, 2L, "Samme", null, POSTED);
    assertTrue(post.edit("Samme", POSTED.plusHours(1)).isEmpty());
    assertEquals(null, post.getEditedAt());
  }
}
