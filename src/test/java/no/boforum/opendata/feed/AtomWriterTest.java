package no.boforum.opendata.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import no.boforum.testsupport.AtomSchema;
import org.junit.jupiter.api.Test;

class AtomWriterTest {
  static final String BASE = "https://boforum.example/";

  @Test
  void aFeedIsValidAtomWithTextEscaped() throws Exception {
    Instant older = Instant.parse("2026-11-01T10:00:00Z");
    Instant newer = Instant.parse("2026-12-01T10:00:00Z");
    Feed feed =
        new Feed(
            "Praksiser <b>",
            "practices?theme=bomestring",
            List.of(
                new FeedEntry(
                    FeedEntry.tag("practice", "a"),
                    "Tittel <script>alert(1)</script>",
                    "practices/a",
                    older,
                    null,
                    "Samandrag <img src=x onerror=alert(1)> & meir",
                    "Kommune & co"),
                new FeedEntry(
                    FeedEntry.tag("thread", 7),
                    "Tråd",
                    "discussions/7-trad",
                    newer,
                    older,
                    null,
                    null)));
    String xml =
        AtomWriter.write(feed, BASE, "feeds/practices.atom?theme=bomestring", "nn", "Boforum");

    AtomSchema.assertValid("the feed", xml);
    assertFalse(xml.contains("<script") || xml.contains("<img") || xml.contains("<b>"), xml);
    SyndFeed read = new SyndFeedInput().build(new StringReader(xml));
    assertEquals("Praksiser <b>", read.getTitle());
    assertEquals("nn", read.getLanguage());
    assertEquals(BASE + "feeds/practices.atom?theme=bomestring", read.getUri());
    assertEquals(java.util.Date.from(newer), read.getPublishedDate(), "the newest entry's time");
    SyndEntry first = read.getEntries().get(0);
    assertEquals("Tittel <script>alert(1)</script>", first.getTitle());
    assertEquals(BASE + "practices/a", first.getLink());
    assertEquals("tag:boforum.no,2026:practice:a", first.getUri());
    assertEquals(
        "Samandrag <img src=x onerror=alert(1)> & meir", first.getDescription().getValue());
    assertEquals("Kommune & co", first.getAuthors().get(0).getName());
    assertTrue(xml.contains("<name>Boforum</name>"), "the portal is the feed's author");
    assertEquals(
        "Boforum",
        read.getEntries().get(1).getAuthors().get(0).getName(),
        "and the author of an entry without an organisation");
    assertFalse(xml.contains("<name />"), "never an author without a name");
  }

  @Test
  void aControlCharacterInATitleDoesNotBreakTheFeed() throws Exception {
    Feed feed =
        new Feed(
            "Praksiser",
            "practices",
            List.of(
                new FeedEntry(
                    FeedEntry.tag("practice", "b"),
                    "Bell\u0007 and null\u0000 in a title 🏠",
                    "practices/b",
                    Instant.parse("2026-12-01T10:00:00Z"),
                    null,
                    "Escape\u001b[31m in a summary",
                    "Lag\u0001")));
    String xml = AtomWriter.write(feed, BASE, "feeds/practices.atom", "nb", "Boforum");
    AtomSchema.assertValid("the feed", xml);
    SyndEntry read = new SyndFeedInput().build(new StringReader(xml)).getEntries().get(0);
    assertEquals("Bell and null in a title 🏠", read.getTitle());
    assertEquals("Escape[31m in a summary", read.getDescription().getValue());
    assertEquals("Lag", read.getAuthors().get(0).getName());
  }

  @Test
  void theSchemaRefusesWhatIsNotAtom() {
    String valid =
        AtomWriter.write(
            new Feed("Ingen", "events", List.of()), BASE, "feeds/events.atom", "nb", "Boforum");
    String withoutId = valid.replaceFirst("<id>[^<]*</id>", "");
    String badDate = valid.replaceFirst("<updated>[^<]*</updated>", "<updated>i går</updated>");
    for (String broken : List.of(withoutId, badDate)) {
      assertFalse(broken.equals(valid), "the document was changed");
      org.junit.jupiter.api.Assertions.assertThrows(
          AssertionError.class, () -> AtomSchema.assertValid("a broken feed", broken));
    }
  }

  @Test
  void anEmptyFeedIsValidToo() {
    String xml =
        AtomWriter.write(
            new Feed("Ingen", "events", List.of()), BASE, "feeds/events.atom", "nb", "Boforum");
    AtomSchema.assertValid("an empty feed", xml);
  }
}
