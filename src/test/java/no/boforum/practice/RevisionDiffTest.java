package no.boforum.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.boforum.practice.RevisionDiff.FieldChange;
import no.boforum.testsupport.Practices;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {
  static PracticeData practice(String title, String body, List<String> themes) {
    return Practices.practice(title, body, 1L, themes);
  }

  @Test
  void sameRecordsHaveNoDifferences() {
    PracticeData a = practice("Leigebørsen", "Linje ein\nLinje to", List.of("bomestring"));
    assertEquals(List.of(), RevisionDiff.between(a, a, RevisionDiff.Labels.CODES));
  }

  @Test
  void marksTheChangedWordsOfTheChangedLinesOnly() {
    PracticeData a = practice("Leigebørsen", "Linje ein\nLinje to\nLinje tre", List.of());
    PracticeData b =
        practice("Leigebørsen Vest", "Linje ein\nLinje TO\nLinje tre", List.of("bomestring"));
    List<FieldChange> changes = RevisionDiff.between(a, b, RevisionDiff.Labels.CODES);
    assertEquals(
        List.of("title", "themes", "body").stream().sorted().toList(),
        changes.stream().map(FieldChange::field).sorted().toList());
    FieldChange body =
        changes.stream().filter(c -> c.field().equals("body")).findFirst().orElseThrow();
    assertEquals(1, body.rows().size(), "unchanged lines are left out");
    assertTrue(
        body.rows().get(0).oldHtml().contains("<del>to</del>"), body.rows().get(0).oldHtml());
    assertTrue(
        body.rows().get(0).newHtml().contains("<ins>TO</ins>"), body.rows().get(0).newHtml());
  }

  @Test
  void escapesWhatTheUserWrote() {
    PracticeData a = practice("Tittel", "<script>alert(1)</script>", List.of());
    PracticeData b = practice("Tittel", "<b>trygt</b>", List.of());
    FieldChange body = RevisionDiff.between(a, b, RevisionDiff.Labels.CODES).get(0);
    String html = body.rows().get(0).oldHtml() + body.rows().get(0).newHtml();
    assertTrue(!html.contains("<script") && !html.contains("<b>"), html);
    assertTrue(html.contains("alert(1)&lt;/script"), "escaped whole, never split: " + html);
  }

  @Test
  void typedPrivateUseCharactersNeverBecomeMarks() {
    // U+E000..U+E003 were the diff's own marks: typed into a text, they forged <del> and <ins>.
    PracticeData a = practice("Leigebørsen", "Vi tilbyr bolig", List.of());
    PracticeData b =
        practice("Leigebørsen", "Vi tilbyr \uE000bolig\uE001 og \uE002hjelp\uE003", List.of());
    FieldChange body = RevisionDiff.between(a, b, RevisionDiff.Labels.CODES).get(0);
    String before = body.rows().get(0).oldHtml();
    String after = body.rows().get(0).newHtml();
    assertTrue(
        !before.contains("<del>") && !after.contains("<del>"), "nothing was deleted: " + after);
    assertTrue(after.contains("bolig <ins>") || after.contains("bolig<ins>"), after);
    assertTrue(after.endsWith("hjelp</ins>"), "the real change is marked: " + after);
    assertTrue(!(before + after).matches("(?s).*[\uE000-\uF8FF].*"), after);
  }
}
