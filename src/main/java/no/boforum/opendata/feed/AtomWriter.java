package no.boforum.opendata.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jdom2.Verifier;

/**
 * Writes a {@link Feed} as an Atom 1.0 document with Rome: absolute links on the public address,
 * the feed's own address as its id and self link, the HTML list as its alternate, the portal as its
 * author and that of every entry without an organisation, every text as plain text (escaped by the
 * XML writer).
 */
final class AtomWriter {
  static final String TYPE = "application/atom+xml";

  private AtomWriter() {}

  /**
   * @param base the public address, ending in a slash
   * @param self the feed's address relative to {@code base}, with its query
   * @param portal the name the feed is written by
   */
  static String write(Feed feed, String base, String self, String language, String portal) {
    SyndFeed out = new SyndFeedImpl();
    out.setFeedType("atom_1.0");
    out.setTitle(xml(feed.title()));
    out.setUri(base + self);
    out.setLanguage(language);
    out.setLinks(
        List.of(
            link("self", TYPE, base + self), link("alternate", "text/html", base + feed.page())));
    out.setAuthors(List.of(person(portal)));
    out.setPublishedDate(Date.from(updated(feed)));
    List<SyndEntry> entries = new ArrayList<>();
    for (FeedEntry e : feed.entries()) {
      entries.add(entry(e, base, portal));
    }
    out.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(out);
    } catch (FeedException e) {
      throw new IllegalStateException("The feed could not be written", e);
    }
  }

  /**
   * The text without the characters XML 1.0 cannot hold (control characters a title may carry): one
   * such title must not take the whole feed down.
   */
  static String xml(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(Verifier::isXMLCharacter).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The feed's time: its newest entry's, or the start of the epoch for an empty feed. */
  static Instant updated(Feed feed) {
    return feed.entries().stream()
        .map(FeedEntry::updated)
        .max(Instant::compareTo)
        .orElse(Instant.EPOCH);
  }

  private static SyndEntry entry(FeedEntry e, String base, String portal) {
    SyndEntry out = new SyndEntryImpl();
    out.setUri(e.id());
    out.setTitle(xml(e.title()));
    out.setLinks(List.of(link("alternate", "text/html", base + e.path())));
    out.setUpdatedDate(Date.from(e.updated()));
    if (e.published() != null) {
      out.setPublishedDate(Date.from(e.published()));
    }
    if (e.summary() != null) {
      SyndContent summary = new SyndContentImpl();
      summary.setType("text");
      summary.setValue(xml(e.summary()));
      out.setDescription(summary);
    }
    // Always an author of its own: without one, Rome writes an author with an empty name.
    boolean named = e.author() != null && !e.author().isBlank();
    out.setAuthors(List.of(person(named ? e.author() : portal)));
    return out;
  }

  private static SyndLink link(String rel, String type, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setType(type);
    link.setHref(href);
    return link;
  }

  private static SyndPerson person(String name) {
    SyndPerson person = new SyndPersonImpl();
    person.setName(xml(name));
    return person;
  }
}
