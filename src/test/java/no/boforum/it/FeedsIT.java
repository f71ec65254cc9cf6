package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.ApiSession.Answer;
import no.boforum.testsupport.AtomSchema;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.Http;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.PracticeBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Atom feeds at /feeds/*.atom, read as a feed reader reads them: every answer is valid against
 * RFC 4287's RELAX NG schema (Jing) and parses with Rome; what is public and current is in it,
 * drafts, past and closed things are not, and no person's name or address ever is; filters and
 * languages work and bad ones are told apart in a plain sentence.
 */
class FeedsIT {
  static final HttpClient HTTP = Http.client().build();

  static Organisations.Organisation org;
  static String editorEmail;
  static ApiSession editor;

  @BeforeAll
  static void people() {
    org = Organisations.verified("Straumkommune");
    editorEmail = Accounts.person("feed-editor", "Frida Feedskriver", org.slug(), "editor", null);
    editor = ApiSession.loggedIn(editorEmail, Accounts.PASSWORD);
  }

  /** A feed as read, schema-checked and parsed. */
  record Read(SyndFeed feed, String body, HttpResponse<String> response) {
    SyndEntry entry(String id) {
      return feed.getEntries().stream()
          .filter(e -> e.getUri().equals(id))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no entry " + id + " in\n" + body));
    }

    /** The entry's element as written. */
    String element(String id) {
      int at = body.indexOf("<id>" + id + "</id>");
      assertTrue(at > 0, id);
      return body.substring(body.lastIndexOf("<entry>", at), body.indexOf("</entry>", at));
    }

    boolean has(String id) {
      return feed.getEntries().stream().anyMatch(e -> e.getUri().equals(id));
    }
  }

  static HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(URI.create(ApiSession.anonymous().base() + path)).GET();
    if (headers.length > 0) {
      r.headers(headers);
    }
    try {
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads a feed (in bokmål unless told), validates it and parses it. */
  static Read read(String path, String... headers) throws Exception {
    HttpResponse<String> r =
        get(path, headers.length == 0 ? new String[] {"Accept-Language", "nb"} : headers);
    assertEquals(200, r.statusCode(), () -> path + ": " + r.body());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/atom+xml"), type);
    AtomSchema.assertValid(path, r.body());
    SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
    assertEquals("atom_1.0", feed.getFeedType());
    String base = ApiSession.anonymous().base();
    assertTrue(selfOf(feed).startsWith(base + path.replaceFirst("\\?.*", "")), "the self link");
    assertEquals(selfOf(feed), feed.getUri(), "the feed's id is its address");
    assertTrue(feed.getEntries().size() <= 50, "at most 50 entries");
    for (SyndEntry e : feed.getEntries()) {
      assertTrue(e.getUri().startsWith("tag:boforum.no,2026:"), e.getUri());
      assertTrue(e.getLink().startsWith(base), "an absolute link to the page: " + e.getLink());
      assertNotNull(e.getUpdatedDate(), e.getUri());
      // RFC 4287's Schematron rules, which the RELAX NG validation does not check.
      assertFalse(feed.getAuthors().isEmpty() && e.getAuthors().isEmpty(), "an author");
    }
    return new Read(feed, r.body(), r);
  }

  static String selfOf(SyndFeed feed) {
    return feed.getLinks().stream()
        .filter(l -> "self".equals(l.getRel()))
        .map(SyndLink::getHref)
        .findFirst()
        .orElseThrow();
  }

  static String alternateOf(SyndFeed feed) {
    return feed.getLinks().stream()
        .filter(l -> "alternate".equals(l.getRel()))
        .map(SyndLink::getHref)
        .findFirst()
        .orElseThrow();
  }

  static void assertNothingPersonal(Read read, String... personal) {
    for (String p : personal) {
      assertFalse(read.body().contains(p), () -> "no " + p + " in\n" + read.body());
    }
  }

  static void assertRefused(int status, String path, String... words) {
    HttpResponse<String> r = get(path, "Accept-Language", "en");
    assertEquals(status, r.statusCode(), () -> path + ": " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), path);
    for (String w : words) {
      assertTrue(r.body().contains(w), () -> path + " names " + w + ": " + r.body());
    }
    assertFalse(r.body().contains("Exception") || r.body().contains("at no.boforum"), r.body());
    assertTrue(r.body().length() < 300, "one sentence: " + r.body());
  }

  @Test
  void practicesAreInTheFeedByTheirFiltersAndDraftsNever() throws Exception {
    String title = "Straumpraksis " + System.nanoTime();
    String contactEmail = Accounts.freshEmail("kontakt");
    Map<String, Object> contact = new LinkedHashMap<>();
    contact.put("name", "Kari Kontaktperson");
    contact.put("email", contactEmail);
    contact.put("phone", "+47 912 34 567");
    String published =
        PracticeBuilder.practice(org.slug(), title).with("contact", contact).published(editor);
    String draft = PracticeBuilder.practice(org.slug(), title + " utkast").draft(editor);
    String id = "tag:boforum.no,2026:practice:" + published;

    Read all = read("feeds/practices.atom");
    SyndEntry entry = all.entry(id);
    assertEquals(title, entry.getTitle());
    assertEquals(ApiSession.anonymous().base() + "practices/" + published, entry.getLink());
    assertEquals(org.name(), entry.getAuthors().get(0).getName(), "the owner is the author");
    assertEquals(
        "Et boligkontor følger opp leietakere de første månedene.",
        entry.getDescription().getValue());
    assertFalse(all.has("tag:boforum.no,2026:practice:" + draft), "a draft is not in the feed");
    assertNothingPersonal(all, contactEmail, "Kari Kontaktperson", "912 34 567", editorEmail);
    assertNothingPersonal(all, "Frida Feedskriver");
    assertEquals("Boforum: nye og endrede praksiser", all.feed().getTitle());
    assertEquals(ApiSession.anonymous().base() + "practices", alternateOf(all.feed()));
    assertEquals(
        all.feed().getEntries().get(0).getUpdatedDate(),
        all.feed().getEntries().stream()
            .map(SyndEntry::getUpdatedDate)
            .max(java.util.Date::compareTo)
            .orElseThrow(),
        "the newest change first");

    Read sameTheme = read("feeds/practices.atom?theme=bomestring&evidenceLevel=idea_pilot");
    assertTrue(sameTheme.has(id), "in the feed of its theme");
    assertEquals(
        ApiSession.anonymous().base() + "practices?theme=bomestring&evidence=idea_pilot",
        alternateOf(sameTheme.feed()),
        "the catalogue with the same filter");
    assertTrue(sameTheme.feed().getTitle().startsWith("Boforum: nye og endrede praksiser ("));
    assertFalse(read("feeds/practices.atom?theme=housing-first").has(id), "not in another theme's");
    assertFalse(read("feeds/practices.atom?county=46").has(id), "not in another county's");
    assertTrue(read("feeds/practices.atom?county=03&status=active&language=nb").has(id));
  }

  @Test
  void badFiltersAreToldInASentence() {
    assertRefused(400, "feeds/practices.atom?theme=finnes-ikke", "theme", "finnes-ikke");
    assertRefused(400, "feeds/practices.atom?evidenceLevel=proven", "evidenceLevel", "proven");
    assertRefused(400, "feeds/practices.atom?status=sleeping", "status", "sleeping");
    assertRefused(400, "feeds/practices.atom?county=99", "county", "99");
    assertRefused(400, "feeds/practices.atom?language=de", "language", "de");
    assertRefused(400, "feeds/practices.atom?them=bomestring", "them", "theme");
    assertRefused(400, "feeds/practices.atom?lang=de", "de", "nb, nn, en");
    assertRefused(400, "feeds/events.atom?theme=%3Cscript%3E", "theme", "<script>");
    assertRefused(400, "feeds/matching.atom?kind=both", "kind", "both");
    assertRefused(404, "feeds/discussions.atom?category=finnes-ikke", "finnes-ikke");
    assertEquals(404, get("feeds/nothing.atom").statusCode(), "no such feed");
    assertEquals(404, get("feeds/practices.rss").statusCode(), "no such feed");
  }

  @Test
  void theLanguageIsTheFeedsParameterOrTheVisitors() throws Exception {
    assertEquals(
        "Boforum: new and updated practices",
        read("feeds/practices.atom", "Accept-Language", "en").feed().getTitle());
    Read nynorsk = read("feeds/practices.atom?lang=nn", "Accept-Language", "en");
    assertEquals("Boforum: nye og endra praksisar", nynorsk.feed().getTitle());
    assertEquals("nn", nynorsk.feed().getLanguage());
    assertTrue(selfOf(nynorsk.feed()).endsWith("feeds/practices.atom?lang=nn"), "kept in self");
    assertEquals(
        "Boforum: kommende arrangementer",
        read("feeds/events.atom", "Cookie", "boforum_lang=nb", "Accept-Language", "en")
            .feed()
            .getTitle());
  }

  @Test
  void aReaderThatHasTheFeedIsToldNotModified() throws Exception {
    Read first = read("feeds/practices.atom");
    String etag = first.response().headers().firstValue("ETag").orElseThrow();
    String modified = first.response().headers().firstValue("Last-Modified").orElseThrow();
    assertEquals(
        304,
        get("feeds/practices.atom", "Accept-Language", "nb", "If-None-Match", etag).statusCode());
    assertEquals(
        304,
        get("feeds/practices.atom", "Accept-Language", "nb", "If-Modified-Since", modified)
            .statusCode());
    assertEquals(
        200,
        get(
                "feeds/practices.atom",
                "Accept-Language",
                "nb",
                "If-Modified-Since",
                "Mon, 01 Jan 2001 00:00:00 GMT")
            .statusCode());
    // A change makes a new feed.
    PracticeBuilder.practice(org.slug(), "Endring " + System.nanoTime()).published(editor);
    assertEquals(
        200,
        get("feeds/practices.atom", "Accept-Language", "nb", "If-None-Match", etag).statusCode());
  }

  @Test
  void hostileTitlesComeOutAsText() throws Exception {
    String title = "Praksis " + EventHostileInputIT.SCRIPT + EventHostileInputIT.IMG;
    String slug =
        PracticeBuilder.practice(org.slug(), title)
            .with("summary", "Samandrag " + EventHostileInputIT.HOSTILE)
            .published(editor);
    Read all = read("feeds/practices.atom");
    SyndEntry entry = all.entry("tag:boforum.no,2026:practice:" + slug);
    assertEquals(title, entry.getTitle(), "the title as written, as text");
    assertEquals("text", entry.getDescription().getType());
    assertTrue(entry.getDescription().getValue().contains(EventHostileInputIT.SCRIPT));
    assertFalse(all.body().contains("<script"), "escaped, never markup:\n" + all.body());
    assertFalse(all.body().contains("<img"), "escaped, never markup");

    long need =
        MatchingBuilder.need(org.slug(), "Behov " + EventHostileInputIT.SCRIPT)
            .with("body", "Tekst <b>feit</b> " + EventHostileInputIT.HOSTILE)
            .posted(editor);
    Read matching = read("feeds/matching.atom");
    SyndEntry posting = matching.entry("tag:boforum.no,2026:posting:" + need);
    assertFalse(posting.getDescription().getValue().contains("<b>"), "raw HTML left out");
    assertFalse(matching.body().contains("<script"), "escaped, never markup");
  }

  @Test
  void upcomingPublicEventsAreInTheFeedAndPastOrDraftOnesNot() throws Exception {
    String contactEmail = Accounts.freshEmail("arrangor");
    String title = "Straumforum " + System.nanoTime();
    String upcoming =
        EventBuilder.event(org.slug(), title)
            .with("contact", Map.of("name", "Arne Arrangør", "email", contactEmail))
            .with("capacity", 20)
            .published(editor);
    String past =
        EventBuilder.event(org.slug(), title + " før")
            .on(LocalDate.now().minusDays(10))
            .published(editor);
    String draft = EventBuilder.event(org.slug(), title + " utkast").draft(editor);
    String participantEmail =
        Accounts.person("feed-participant", "Petra Deltakar", null, null, null);
    ApiSession participant = ApiSession.loggedIn(participantEmail, Accounts.PASSWORD);
    Answer registered =
        participant.put(
            "api/events/" + upcoming + "/registration",
            Map.of("as", "PRIVATE_PERSON", "acceptTerms", true));
    assertTrue(registered.status() < 300, () -> registered.raw().body());

    Read events = read("feeds/events.atom");
    SyndEntry entry = events.entry("tag:boforum.no,2026:event:" + upcoming);
    assertEquals(title, entry.getTitle());
    assertEquals(org.name(), entry.getAuthors().get(0).getName());
    assertTrue(
        entry
            .getDescription()
            .getValue()
            .endsWith("Et innovasjonsforum om oppfølging av nye leietakere."),
        entry.getDescription().getValue());
    assertFalse(events.has("tag:boforum.no,2026:event:" + past), "a past event");
    assertFalse(events.has("tag:boforum.no,2026:event:" + draft), "a draft");
    assertNothingPersonal(
        events, "Petra Deltakar", participantEmail, "Arne Arrangør", contactEmail, editorEmail);
    assertTrue(read("feeds/events.atom?county=03&theme=bomestring").has(entry.getUri()));
    assertFalse(read("feeds/events.atom?county=46").has(entry.getUri()), "another county");

    assertEquals(
        200,
        editor
            .post("api/events/" + upcoming + "/transitions", Map.of("transition", "CANCEL"))
            .status());
    assertEquals(
        "Avlyst: " + title,
        read("feeds/events.atom").entry(entry.getUri()).getTitle(),
        "a cancelled event says so");
  }

  @Test
  void newThreadsAreInTheirCategorysFeedWithoutTheirAuthors() throws Exception {
    String askerEmail =
        Accounts.person("feed-asker", "Tora Trådstartar", org.slug(), "member", null);
    ApiSession asker = ApiSession.loggedIn(askerEmail, Accounts.PASSWORD);
    Map<String, Object> thread = new LinkedHashMap<>();
    thread.put("kind", "QUESTION");
    thread.put("title", "Straumspørsmål " + System.nanoTime());
    thread.put("category", "annet");
    thread.put("body", "Korleis **gjer** de det? <i>rå</i>");
    Answer started = asker.post("api/discussions", thread);
    assertEquals(201, started.status(), () -> started.raw().body());
    String id = "tag:boforum.no,2026:thread:" + started.json().path("id").asLong();

    Read annet = read("feeds/discussions.atom?category=annet");
    SyndEntry entry = annet.entry(id);
    assertEquals(thread.get("title"), entry.getTitle());
    assertEquals(
        ApiSession.anonymous().base() + started.json().path("path").asText(), entry.getLink());
    assertEquals("Korleis gjer de det? rå", entry.getDescription().getValue());
    assertTrue(
        annet.element(id).replaceAll("\\s", "").contains("<author><name>Boforum</name></author>"),
        () -> "the portal as the author: " + annet.element(id));
    assertEquals("Boforum", annet.feed().getAuthors().get(0).getName(), "the portal writes it");
    assertTrue(
        entry.getAuthors().stream().allMatch(a -> a.getName().equals("Boforum")),
        "a reader names the portal, no person");
    assertEquals(
        ApiSession.anonymous().base() + "discussions?category=annet", alternateOf(annet.feed()));
    assertNothingPersonal(annet, "Tora Trådstartar", askerEmail);
    assertTrue(read("feeds/discussions.atom").has(id), "in the feed of all categories");
    assertFalse(read("feeds/discussions.atom?category=bolig-og-utleie").has(id), "another's");
  }

  @Test
  void currentNeedsAndOffersAreInTheFeedAndClosedOnesNot() throws Exception {
    String title = "Straumbehov " + System.nanoTime();
    long open = MatchingBuilder.need(org.slug(), title).posted(editor);
    long withdrawn = MatchingBuilder.need(org.slug(), title + " trekt").posted(editor);
    Answer moved =
        editor.post("api/matching/" + withdrawn + "/state", Map.of("state", "WITHDRAWN"));
    assertEquals(200, moved.status(), () -> moved.raw().body());
    long offer =
        MatchingBuilder.offer(org.slug(), "Straumtilbod " + System.nanoTime()).posted(editor);

    Read needs = read("feeds/matching.atom?kind=need");
    SyndEntry entry = needs.entry("tag:boforum.no,2026:posting:" + open);
    assertEquals("Behov: " + title, entry.getTitle());
    assertEquals(org.name(), entry.getAuthors().get(0).getName());
    assertEquals(
        "Vi trenger frivillige som kan følge opp nybosatte familier.",
        entry.getDescription().getValue());
    assertFalse(needs.has("tag:boforum.no,2026:posting:" + withdrawn), "a withdrawn need");
    assertFalse(needs.has("tag:boforum.no,2026:posting:" + offer), "an offer");
    assertEquals(ApiSession.anonymous().base() + "matching?side=need", alternateOf(needs.feed()));
    assertNothingPersonal(needs, editorEmail, "Frida Feedskriver");
    Read both = read("feeds/matching.atom");
    assertTrue(both.has("tag:boforum.no,2026:posting:" + open));
    assertTrue(both.has("tag:boforum.no,2026:posting:" + offer));
    assertFalse(both.has("tag:boforum.no,2026:posting:" + withdrawn));
    assertFalse(read("feeds/matching.atom?kind=offer").has("tag:boforum.no,2026:posting:" + open));
  }

  @Test
  void thePagesAnnounceTheirFeeds() {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(
        "practices?theme=bomestring&evidence=idea_pilot&sort=title",
        "feeds/practices.atom?theme=bomestring&amp;evidenceLevel=idea_pilot");
    pages.put("search?q=bolig", "feeds/practices.atom");
    pages.put("events", "feeds/events.atom");
    pages.put("discussions?category=annet", "feeds/discussions.atom?category=annet");
    pages.put("matching?side=offer", "feeds/matching.atom?kind=offer");
    for (Map.Entry<String, String> p : pages.entrySet()) {
      String body = ApiSession.anonymous().page(p.getKey()).body();
      String href = "href=\"/" + p.getValue() + "\"";
      assertTrue(
          body.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), p.getKey());
      assertTrue(
          body.indexOf(href) < body.indexOf("</head>"), p.getKey() + " in the head: " + href);
      assertTrue(
          body.lastIndexOf(href) > body.indexOf("<main"), p.getKey() + " a link on the page");
    }
  }
}
