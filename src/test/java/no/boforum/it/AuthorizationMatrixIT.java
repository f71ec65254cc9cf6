package no.boforum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.boforum.testsupport.Accounts;
import no.boforum.testsupport.ApiSession;
import no.boforum.testsupport.EventBuilder;
import no.boforum.testsupport.MatchingBuilder;
import no.boforum.testsupport.Organisations;
import no.boforum.testsupport.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every kind of caller against every guarded action of the API and the pages, through HTTP on the
 * running portal. "Own" organisation is a verified one, "other" an unverified one, both new to the
 * run: the editor of the other must get nothing in the own, and the other way round.
 */
class AuthorizationMatrixIT {
  // Set before the tests run; the actions below read them when they are called.
  static String OWN;
  static String OTHER;
  static String JOINABLE;

  /** The callers, in the column order of the tables below. */
  static final Map<String, ApiSession> CALLERS = new LinkedHashMap<>();

  static long plainUserId;

  @BeforeAll
  static void people() {
    OWN = Organisations.verified("Matrise eiga").slug();
    OTHER = Organisations.unverified("Matrise andre").slug();
    JOINABLE = Organisations.unverified("Matrise open").slug();
    ApiSession admin = Accounts.admin();
    CALLERS.put("anonymous", ApiSession.anonymous());
    CALLERS.put("member", person("member", OWN, "member", null));
    CALLERS.put("editor", person("editor", OWN, "editor", null));
    CALLERS.put("otherEditor", person("other-editor", OTHER, "editor", null));
    CALLERS.put("orgAdmin", person("org-admin", OWN, "admin", null));
    CALLERS.put("moderator", person("moderator", null, null, "MODERATOR"));
    CALLERS.put("host", person("host", null, null, "EVENT_HOST"));
    CALLERS.put("admin", admin);
    CALLERS.put("suspended", suspendedMember());
    // The editor of a need of the own organisation: its owner's editors only.
    long need = matrixNeed();
    PAGES.put("matching/" + need, "200 200 200 200 200 200 200 200 200");
    PAGES.put("matching/" + need + "/edit", "302 403 200 403 200 403 403 200 403");
    // Conversations: the two organisations' editors; a moderator once flagged.
    String conversation = matrixConversation(false).substring("api/".length());
    PAGES.put(conversation, "302 404 200 200 200 404 404 404 404");
    PAGES.put(
        matrixConversation(true).substring("api/".length()), "302 404 200 200 200 200 404 200 404");
    // An administrator is no editor of another organisation: nobody to write for here.
    PAGES.put(
        conversation.replaceFirst("/conversations/.*", "/contact"),
        "302 403 403 200 403 403 403 403 403");
    PAGES.put("matching/conversations/flagged", "302 403 403 403 403 200 403 200 403");
    String plain = Accounts.freshEmail("plain");
    plainUserId = Accounts.registerVerified(plain, "Plain User");
  }

  /**
   * A member of the own organisation whom a moderator suspended after a post: like the member,
   * except that they take no part in discussions.
   */
  private static ApiSession suspendedMember() {
    ApiSession suspended = person("suspended", OWN, "member", null);
    var post =
        suspended.post(
            "api/discussions/" + matrixThread()[0] + "/posts",
            Map.of("body", "Før utestenginga " + System.nanoTime()));
    assertEquals(201, post.status(), () -> post.raw().body());
    var decided =
        CALLERS
            .get("moderator")
            .post(
                "api/moderation/posts/" + post.json().path("id").asLong() + "/decisions",
                Map.of("action", "SUSPEND", "note", "Matrisa"));
    assertEquals(204, decided.status(), () -> decided.raw().body());
    return suspended;
  }

  private static ApiSession person(
      String who, String organisation, String orgRole, String globalRole) {
    return ApiSession.loggedIn(
        Accounts.person(who, who, organisation, orgRole, globalRole), Accounts.PASSWORD);
  }

  private static Map<String, Object> organisationEdit(ApiSession s, String slug) {
    var current = ApiSession.anonymous().get("api/organisations/" + slug).json();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", current.path("name").asText());
    body.put("orgNumber", current.path("orgNumber").asText(null));
    body.put("actorType", current.path("actorType").asText());
    body.put("county", current.path("county").asText(null));
    body.put("municipality", current.path("municipality").asText(null));
    body.put("website", current.path("website").asText(null));
    body.put("description", current.path("description").asText());
    body.put("version", current.path("version").asLong());
    return body;
  }

  /** Each action, and the status each caller must get: columns as in {@link #CALLERS}. */
  static final Map<String, Function<ApiSession, Integer>> API = new LinkedHashMap<>();

  static final Map<String, String> API_EXPECTED = new LinkedHashMap<>();

  static {
    //                 anon mem  edit oEdt oAdm mod  host admin susp
    expect(
        "read an organisation",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/organisations/" + OWN).status());
    expect("my profile", "401 200 200 200 200 200 200 200 200", s -> s.get("api/me").status());
    // A harvester's questions of the public lists: what changed since a date.
    for (String list : List.of("practices", "events", "discussions", "matching", "organisations")) {
      expect(
          "list " + list + " changed since",
          "200 200 200 200 200 200 200 200 200",
          s -> s.get("api/" + list + "?changedSince=2026-01-01").status());
    }
    expect(
        "register an organisation",
        "401 201 201 201 201 201 201 201 201",
        s ->
            s.post(
                    "api/organisations",
                    Map.of("name", "Matrise " + System.nanoTime(), "actorType", "frivillig-gruppe"))
                .status());
    expect(
        "ask to join",
        "401 201 201 201 201 201 201 201 201",
        s -> s.post("api/organisations/" + JOINABLE + "/join-requests", null).status());
    expect(
        "members of own organisation",
        "401 403 403 403 200 403 403 200 403",
        s -> s.get("api/organisations/" + OWN + "/members").status());
    expect(
        "members of the other organisation",
        "401 403 403 403 403 403 403 200 403",
        s -> s.get("api/organisations/" + OTHER + "/members").status());
    expect(
        "edit own organisation",
        "401 403 403 403 200 403 403 200 403",
        s -> s.put("api/organisations/" + OWN, organisationEdit(s, OWN)).status());
    expect(
        "edit the other organisation",
        "401 403 403 403 403 403 403 200 403",
        s -> s.put("api/organisations/" + OTHER, organisationEdit(s, OTHER)).status());
    expect(
        "verify an organisation",
        "401 403 403 403 403 403 403 200 403",
        s ->
            s.put("api/admin/organisations/" + OWN + "/verification", Map.of("verified", true))
                .status());
    expect(
        "list users",
        "401 403 403 403 403 403 403 200 403",
        s -> s.get("api/admin/users").status());
    expect(
        "set roles",
        "401 403 403 403 403 403 403 200 403",
        s ->
            s.put("api/admin/users/" + plainUserId + "/roles", Map.of("roles", List.of()))
                .status());
    expect(
        "appoint a member",
        "401 403 403 403 403 403 403 200 403",
        s ->
            s.post(
                    "api/admin/organisations/" + OTHER + "/members",
                    Map.of("userId", plainUserId, "role", "member"))
                .status());
    expect(
        "read the audit log",
        "401 403 403 403 403 403 403 200 403",
        s -> s.get("api/admin/audit").status());
    // One's own sessions: a wrong present password is refused, not a password changed here.
    expect(
        "change my password",
        "401 400 400 400 400 400 400 400 400",
        s ->
            s.put("api/me/password", Map.of("currentPassword", "not it", "password", "x"))
                .status());
    expect(
        "log out my other sessions",
        "401 204 204 204 204 204 204 204 204",
        s -> s.post("api/me/sessions/end-others", null).status());
    // Open data: everyone reads it; only administrators ask for a fresh export.
    expect(
        "the open-data export",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/open-data").status());
    expect(
        "ask for a fresh open-data export",
        "401 403 403 403 403 403 403 202 403",
        s -> s.post("api/open-data/builds", Map.of()).status());
    // Practice: the review queue is moderation's.
    expect(
        "the review queue",
        "401 403 403 403 403 200 403 200 403",
        s -> s.get("api/review-queue").status());
    // Notifications: one's own for everyone logged in, suspended or not; the one-click stop needs
    // no login (its token is the permission) and refuses a missing token.
    expect(
        "my notifications",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/notifications").status());
    expect(
        "mark all my notifications read",
        "401 200 200 200 200 200 200 200 200",
        s -> s.post("api/notifications/read-all", null).status());
    expect(
        "my notification preferences",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/me/notification-preferences").status());
    expect(
        "change my notification preferences",
        "401 200 200 200 200 200 200 200 200",
        s -> s.put("api/me/notification-preferences", Map.of("digestHour", 8)).status());
    expect(
        "stop a mail without its token",
        "400 400 400 400 400 400 400 400 400",
        s -> s.post("api/notifications/unsubscribe", null).status());
    // Search: saved searches for everyone logged in, the index for index administration.
    expect(
        "my saved searches",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/saved-searches").status());
    expect(
        "the index's state",
        "401 403 403 403 403 403 403 200 403",
        s -> s.get("api/admin/search-index").status());
    // Events: hosted by the own (verified) organisation's editors; run also by the editors of a
    // co-host (the other organisation). A global event host hosts only where they are a member.
    expect(
        "create an event",
        "401 403 201 403 201 403 403 201 403",
        s ->
            s.post("api/events", EventBuilder.event(OWN, "Matrise " + System.nanoTime()).body())
                .status());
    expect(
        "change an event",
        "401 403 200 200 200 403 403 200 403",
        s -> {
          String slug = matrixEvent(false);
          return s.put("api/events/" + slug, eventEdit(slug)).status();
        });
    expect(
        "publish an event",
        "401 403 200 200 200 403 403 200 403",
        s ->
            s.post(
                    "api/events/" + matrixEvent(false) + "/transitions",
                    Map.of("transition", "PUBLISH"))
                .status());
    expect(
        "cancel an event",
        "401 403 200 200 200 403 403 200 403",
        s ->
            s.post(
                    "api/events/" + matrixEvent(true) + "/transitions",
                    Map.of("transition", "CANCEL"))
                .status());
    expect(
        "delete a draft event",
        "401 403 204 204 204 403 403 204 403",
        s -> s.delete("api/events/" + matrixEvent(false)).status());
    // The editor's facts (with the join link) are not found by those who do not run the event.
    expect(
        "an event's editable facts",
        "404 404 200 200 200 404 404 200 404",
        s -> s.get("api/events/" + matrixEvent(false) + "/editable").status());
    // The hosts' tools: names, answers and codes for those who run the event only.
    expect(
        "an event's participants",
        "401 403 200 200 200 403 403 200 403",
        s -> s.get("api/events/" + matrixEvent(true) + "/participants").status());
    expect(
        "an event's participants as CSV",
        "401 403 200 200 200 403 403 200 403",
        s -> s.get("api/events/" + matrixEvent(true) + "/participants.csv").status());
    expect(
        "check someone in (an unknown code)",
        "401 403 400 400 400 403 403 400 403",
        s ->
            s.post("api/events/" + matrixEvent(true) + "/check-ins", Map.of("code", "XXXXXXX"))
                .status());
    expect(
        "message the participants",
        "401 403 200 200 200 403 403 200 403",
        s ->
            s.post(
                    "api/events/" + matrixEvent(true) + "/messages",
                    Map.of("subject", "Velkomen", "body", "Sjå programmet."))
                .status());
    expect(
        "make table groups",
        "401 403 200 200 200 403 403 200 403",
        s ->
            s.post("api/events/" + matrixEvent(true) + "/table-groups", Map.of("size", 4))
                .status());
    expect(
        "remove a registration (none such)",
        "401 403 409 409 409 403 403 409 403",
        s -> s.delete("api/events/" + matrixEvent(true) + "/registrations/999999999").status());
    expect(
        "close an event (not over yet)",
        "401 403 409 409 409 403 403 409 403",
        s ->
            s.post("api/events/" + matrixEvent(true) + "/closing", Map.of("report", "Kort."))
                .status());
    // Registering: anyone logged in, for themselves; the mix of sectors is public.
    expect(
        "register for an event",
        "401 200 200 200 200 200 200 200 200",
        s ->
            s.put(
                    "api/events/" + matrixEvent(true) + "/registration",
                    Map.of("as", "PRIVATE_PERSON"))
                .status());
    expect(
        "my registrations",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/events/registrations/mine").status());
    expect(
        "an event's mix of sectors",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/events/" + matrixEvent(true) + "/sectors").status());
    expect(
        "make my calendar address",
        "401 200 200 200 200 200 200 200 200",
        s -> s.put("api/me/calendar-feed", null).status());
    expect(
        "read my calendar address",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/me/calendar-feed").status());
    expect(
        "renew my calendar address",
        "401 200 200 200 200 200 200 200 200",
        s -> s.post("api/me/calendar-feed/renewal", null).status());
    // Discussions: anyone logged in takes part; authors change their own posts; the asker or a
    // moderator accepts answers (the threads below are asked by someone outside the table).
    expect(
        "list threads",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/discussions?filter=unanswered").status());
    expect(
        "threads like a title (the new-thread page)",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/discussions/similar?title=Husleie%20og%20depositum").status());
    expect(
        "read a thread",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/discussions/" + matrixThread()[0]).status());
    // The Atom feeds are as public as the pages they follow; an unknown category has none.
    expect(
        "read the feed of a category",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("discussions/feed.atom?category=annet").statusCode());
    expect(
        "read the feed of an unknown category",
        "404 404 404 404 404 404 404 404 404",
        s -> s.page("discussions/feed.atom?category=ingen-slik").statusCode());
    expect(
        "read the feed of a thread",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("discussions/" + matrixThread()[0] + "/feed.atom").statusCode());
    // The open-data feeds (decision 0022): anyone reads them, a bad filter is refused alike.
    expect(
        "read the practices feed",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("feeds/practices.atom?theme=bomestring").statusCode());
    expect(
        "read the practices feed with an unknown code",
        "400 400 400 400 400 400 400 400 400",
        s -> s.page("feeds/practices.atom?theme=ingen-slik").statusCode());
    expect(
        "read the events feed",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("feeds/events.atom").statusCode());
    expect(
        "read the discussions feed of a category",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("feeds/discussions.atom?category=annet").statusCode());
    expect(
        "read the discussions feed of an unknown category",
        "404 404 404 404 404 404 404 404 404",
        s -> s.page("feeds/discussions.atom?category=ingen-slik").statusCode());
    expect(
        "read the needs and offers feed",
        "200 200 200 200 200 200 200 200 200",
        s -> s.page("feeds/matching.atom?kind=need").statusCode());
    expect(
        "start a thread",
        "401 201 201 201 201 201 201 201 403",
        s -> s.post("api/discussions", matrixQuestion()).status());
    expect(
        "reply to a thread",
        "401 201 201 201 201 201 201 201 403",
        s ->
            s.post(
                    "api/discussions/" + matrixThread()[0] + "/posts",
                    Map.of("body", "Svar " + System.nanoTime()))
                .status());
    expect(
        "edit one's own post",
        "401 200 200 200 200 200 200 200 403",
        s -> {
          var started = s.post("api/discussions", matrixQuestion());
          if (started.status() != 201) {
            return started.status();
          }
          var question =
              s.get("api/discussions/" + started.json().path("id").asLong())
                  .json()
                  .path("thread")
                  .path("question");
          return s.put(
                  "api/discussions/posts/" + question.path("id").asLong(),
                  Map.of("body", "Endret.", "version", question.path("version").asLong()))
              .status();
        });
    expect(
        "edit another's post",
        "401 403 403 403 403 403 403 403 403",
        s -> {
          long[] thread = matrixThread();
          return s.put(
                  "api/discussions/posts/" + thread[1],
                  Map.of("body", "Endret av andre.", "version", thread[2]))
              .status();
        });
    expect(
        "delete another's post",
        "401 403 403 403 403 403 403 403 403",
        s -> s.delete("api/discussions/posts/" + matrixThread()[1]).status());
    expect(
        "read the earlier texts of another's post",
        "401 403 403 403 403 200 403 200 403",
        s -> s.get("api/discussions/posts/" + matrixThread()[1] + "/revisions").status());
    expect(
        "mark another's post helpful",
        "401 200 200 200 200 200 200 200 403",
        s -> s.put("api/discussions/posts/" + matrixThread()[1] + "/helpful", null).status());
    expect(
        "accept an answer to another's question",
        "401 403 403 403 403 204 403 204 403",
        s -> s.put("api/discussions/posts/" + matrixThread()[1] + "/accepted", null).status());
    expect(
        "follow a thread",
        "401 204 204 204 204 204 204 204 403",
        s ->
            s.put("api/discussions/" + matrixThread()[0] + "/reading", Map.of("level", "FOLLOWING"))
                .status());
    expect(
        "mute a thread (a suspended member too: fewer mails)",
        "401 204 204 204 204 204 204 204 204",
        s ->
            s.put("api/discussions/" + matrixThread()[0] + "/reading", Map.of("level", "MUTED"))
                .status());
    // Moderation: anyone taking part flags others' posts; moderators decide in their queue and
    // change threads; a suspended member does neither.
    expect(
        "flag another's post",
        "401 201 201 201 201 201 201 201 403",
        s ->
            s.post(
                    "api/discussions/posts/" + matrixThread()[1] + "/flags",
                    Map.of("reason", "OFF_TOPIC"))
                .status());
    expect(
        "the moderation queue",
        "401 403 403 403 403 200 403 200 403",
        s -> s.get("api/moderation/queue").status());
    for (String action : List.of("KEEP", "HIDE", "DELETE")) {
      expect(
          "decide " + action + " on a post",
          "401 403 403 403 403 204 403 204 403",
          s -> decide(s, matrixThread()[1], Map.of("action", action)));
    }
    expect(
        "warn a post's author",
        "401 403 403 403 403 204 403 204 403",
        s -> decide(s, matrixThread()[1], Map.of("action", "WARN", "note", "Ver varsam.")));
    expect(
        "suspend a post's author",
        "401 403 403 403 403 204 403 204 403",
        s -> decide(s, victimPost(), Map.of("action", "SUSPEND")));
    expect(
        "approve a post that does not wait",
        "401 403 403 403 403 409 403 409 403",
        s -> decide(s, matrixThread()[1], Map.of("action", "APPROVE")));
    for (String change : List.of("locked", "pinned", "closed")) {
      expect(
          "change a thread: " + change,
          "401 403 403 403 403 204 403 204 403",
          s -> s.put("api/moderation/threads/" + matrixThread()[0], Map.of(change, true)).status());
    }
    expect(
        "move a thread",
        "401 403 403 403 403 204 403 204 403",
        s ->
            s.put(
                    "api/moderation/threads/" + matrixThread()[0],
                    Map.of("category", "bolig-og-utleie"))
                .status());
    // Needs and offers: read by anyone; written by the owning organisation's editors (and its
    // administrators), not by its members, another organisation's editors or a suspended person.
    expect(
        "list needs and offers",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/matching?state=all&side=need").status());
    expect(
        "read a need",
        "200 200 200 200 200 200 200 200 200",
        s -> s.get("api/matching/" + matrixNeed()).status());
    expect(
        "post a need",
        "401 403 201 403 201 403 403 201 403",
        s ->
            s.post("api/matching", MatchingBuilder.need(OWN, "Matrise " + System.nanoTime()).body())
                .status());
    expect(
        "change a need",
        "401 403 200 403 200 403 403 200 403",
        s -> {
          long id = matrixNeed();
          long version =
              CALLERS.get("admin").get("api/matching/" + id).json().path("version").asLong();
          Map<String, Object> body =
              MatchingBuilder.need(OWN, "Endra i matrisa " + System.nanoTime())
                  .with("version", version)
                  .body();
          return s.put("api/matching/" + id, body).status();
        });
    expect(
        "move a need to another state",
        "401 403 200 403 200 403 403 200 403",
        s ->
            s.post("api/matching/" + matrixNeed() + "/state", Map.of("state", "IN_DIALOGUE"))
                .status());
    expect(
        "confirm that a need still stands",
        "401 403 200 403 200 403 403 200 403",
        s -> s.post("api/matching/" + matrixNeed() + "/confirm", null).status());
    // The own organisation is not a municipality: who passes the policy is told that only a
    // municipality records an adoption (MatchingApiIT records one).
    expect(
        "record a done need as an adoption",
        "401 403 409 403 409 403 403 409 403",
        s ->
            s.post(
                    "api/matching/" + matrixDoneNeed() + "/adoption",
                    Map.of("practice", "ingen-slik-praksis"))
                .status());
  }

  /** A fresh need of the own organisation, moved to done by the administrator. */
  private static long matrixDoneNeed() {
    long id = matrixNeed();
    for (String state : List.of("MATCHED", "DONE")) {
      CALLERS.get("admin").post("api/matching/" + id + "/state", Map.of("state", state));
    }
    return id;
  }

  // Conversations about a need of the own organisation, started by the other organisation's
  // editor: the two organisations' editors (and administrators) only; moderators and the
  // platform's administrators once a party flagged it; whoever may not read one finds nothing.
  static {
    //                 anon mem  edit oEdt oAdm mod  host admin susp
    // An administrator is no editor of OTHER: it may not write in that organisation's name.
    expect(
        "get in touch about another organisation's need",
        "401 403 403 201 403 403 403 403 403",
        s ->
            s.post(
                    "api/matching/" + matrixNeed() + "/conversations",
                    Map.of("organisation", OTHER, "text", "Hei frå matrisa"))
                .status());
    expect(
        "get in touch about one's own need",
        "401 403 403 403 403 403 403 403 403",
        s ->
            s.post(
                    "api/matching/" + matrixNeed() + "/conversations",
                    Map.of("organisation", OWN, "text", "Til oss sjølve"))
                .status());
    expect(
        "list the conversations about a need",
        "401 200 200 200 200 200 200 200 200",
        s -> s.get("api/matching/" + matrixNeed() + "/conversations").status());
    expect(
        "read a conversation",
        "401 404 200 200 200 404 404 404 404",
        s -> s.get(matrixConversation(false)).status());
    expect(
        "answer in a conversation",
        "401 404 201 201 201 404 404 404 404",
        s -> s.post(matrixConversation(false) + "/messages", Map.of("text", "Svar")).status());
    expect(
        "share one's contact details in a conversation",
        "401 404 200 200 200 404 404 404 404",
        s -> s.post(matrixConversation(false) + "/share", Map.of()).status());
    expect(
        "flag a conversation",
        "401 404 200 200 200 404 404 404 404",
        s -> s.post(matrixConversation(false) + "/flag", Map.of("reason", "Matrisa")).status());
    expect(
        "read a flagged conversation",
        "401 404 200 200 200 200 404 200 404",
        s -> s.get(matrixConversation(true)).status());
    expect(
        "answer in a flagged conversation",
        "401 404 201 201 201 403 404 403 404",
        s -> s.post(matrixConversation(true) + "/messages", Map.of("text", "Svar")).status());
  }

  /**
   * The API address of a fresh conversation about a fresh need of the own organisation, started by
   * the other organisation's editor, and flagged by them if asked.
   */
  private static String matrixConversation(boolean flagged) {
    long need = matrixNeed();
    ApiSession writer = CALLERS.get("otherEditor");
    var started =
        writer.post(
            "api/matching/" + need + "/conversations",
            Map.of("organisation", OTHER, "text", "Hei frå matrisa"));
    assertEquals(201, started.status(), () -> started.raw().body());
    String address =
        "api/matching/" + need + "/conversations/" + started.json().path("id").asLong();
    if (flagged) {
      var flag = writer.post(address + "/flag", Map.of("reason", "Matrisa"));
      assertEquals(200, flag.status(), () -> flag.raw().body());
    }
    return address;
  }

  /** A fresh open need of the own organisation, posted by the administrator. */
  private static long matrixNeed() {
    return MatchingBuilder.need(OWN, "Matrisebehov " + System.nanoTime())
        .posted(CALLERS.get("admin"));
  }

  private static int decide(ApiSession s, long post, Map<String, Object> decision) {
    return s.post("api/moderation/posts/" + post + "/decisions", decision).status();
  }

  /**
   * A post by a new person outside the table, for one caller to suspend (a person suspended already
   * is not suspended again).
   */
  private static long victimPost() {
    ApiSession victim = person("disc-victim", OWN, "member", null);
    var post =
        victim.post(
            "api/discussions/" + matrixThread()[0] + "/posts",
            Map.of("body", "Offeret skriv " + System.nanoTime()));
    assertEquals(201, post.status(), () -> post.raw().body());
    return post.json().path("id").asLong();
  }

  private static ApiSession discussionAsker;

  /**
   * A question of its own, with a reply by the same asker: {thread id, reply id, its version}. The
   * asker is outside the table; a moderator, so that the many posts of the run are neither held for
   * approval nor limited in rate (the moderation rows below act on the asker's reply).
   */
  private static synchronized long[] matrixThread() {
    if (discussionAsker == null) {
      discussionAsker = person("disc-asker", null, null, "MODERATOR");
    }
    var started = discussionAsker.post("api/discussions", matrixQuestion());
    assertEquals(201, started.status(), () -> started.raw().body());
    long thread = started.json().path("id").asLong();
    var reply =
        discussionAsker.post(
            "api/discussions/" + thread + "/posts",
            Map.of("body", "Eget svar " + System.nanoTime()));
    assertEquals(201, reply.status(), () -> reply.raw().body());
    return new long[] {
      thread, reply.json().path("id").asLong(), reply.json().path("version").asLong()
    };
  }

  private static Map<String, Object> matrixQuestion() {
    return Map.of(
        "kind",
        "QUESTION",
        "title",
        "Matrisespørsmål " + System.nanoTime(),
        "category",
        "annet",
        "body",
        "Hva gjør dere? " + System.nanoTime());
  }

  /** A fresh event of the own organisation, co-hosted by the other, made by the administrator. */
  private static String matrixEvent(boolean published) {
    EventBuilder event =
        EventBuilder.event(OWN, "Matrise " + System.nanoTime()).with("cohosts", List.of(OTHER));
    ApiSession admin = CALLERS.get("admin");
    return published ? event.published(admin) : event.draft(admin);
  }

  /** The event's facts with a new summary and the version last read, as an editor sends them. */
  private static Map<String, Object> eventEdit(String slug) {
    var read = CALLERS.get("admin").get("api/events/" + slug + "/editable").json();
    Map<String, Object> body =
        EventBuilder.event(OWN, read.path("data").path("title").asText())
            .with("cohosts", List.of(OTHER))
            .body();
    body.put("summary", "Endret i matrisen.");
    body.put("startsAt", read.path("data").path("startsAt").asText());
    body.put("endsAt", read.path("data").path("endsAt").asText());
    body.put("version", read.path("version").asLong());
    return body;
  }

  private static void expect(String action, String statuses, Function<ApiSession, Integer> call) {
    API.put(action, call);
    API_EXPECTED.put(action, statuses);
  }

  /** Pages: 302 = sent to the login page, 403 = the refusal page. */
  static final Map<String, String> PAGES = new LinkedHashMap<>();

  static {
    //                                  anon mem  edit oEdt oAdm mod  host admin susp
    PAGES.put("admin/organisations", "302 403 403 403 403 403 403 200 403");
    PAGES.put("admin/users", "302 403 403 403 403 403 403 200 403");
    PAGES.put("admin/audit", "302 403 403 403 403 403 403 200 403");
    // An encoded letter must not open the area: the container decodes it, so must the guard.
    PAGES.put("%61dmin/audit", "302 403 403 403 403 403 403 200 403");
    PAGES.put("%6Dy/profile", "302 200 200 200 200 200 200 200 200");
    PAGES.put("my/organisations", "302 200 200 200 200 200 200 200 200");
    PAGES.put("my/profile", "302 200 200 200 200 200 200 200 200");
    PAGES.put("admin/taxonomies", "302 403 403 403 403 403 403 200 403");
    // A page under /admin/ that no feature guards is for administrators (and then not found).
    PAGES.put("admin/no-such-page", "302 403 403 403 403 403 403 404 403");
    // Practice: the review queue is moderation's page, also by its file name.
    PAGES.put("my/review", "302 403 403 403 403 200 403 200 403");
    PAGES.put("my/review.xhtml", "302 403 403 403 403 200 403 200 403");
    // Notifications: the list and the settings for everyone logged in; the stop page for anyone.
    PAGES.put("my/notifications", "302 200 200 200 200 200 200 200 200");
    // Opening a notification by GET only leads to its subject (another's: to the list); the
    // list's buttons post to mark read (issue 18).
    PAGES.put("my/notifications/open?id=1", "302 303 303 303 303 303 303 303 303");
    PAGES.put("my/notification-settings", "302 200 200 200 200 200 200 200 200");
    PAGES.put("notifications/unsubscribe?token=x", "200 200 200 200 200 200 200 200 200");
    // Search: saved searches for everyone logged in; the index pages for index administration.
    PAGES.put("my/searches", "302 200 200 200 200 200 200 200 200");
    PAGES.put("admin/search-index", "302 403 403 403 403 403 403 200 403");
    PAGES.put("open-data", "200 200 200 200 200 200 200 200 200");
    PAGES.put("admin/search-insight", "302 403 403 403 403 403 403 200 403");
    // Events: one's own events for everyone logged in; the editor for those who may host.
    PAGES.put("my/events", "302 200 200 200 200 200 200 200 200");
    PAGES.put("my/events.xhtml", "302 200 200 200 200 200 200 200 200");
    PAGES.put("events/new", "302 403 200 403 200 403 403 200 403");
    // Discussions: the lists for everyone, a new thread for everyone logged in.
    PAGES.put("discussions", "200 200 200 200 200 200 200 200 200");
    PAGES.put("discussions/new", "302 200 200 200 200 200 200 200 200");
    PAGES.put("discussion/discussions.xhtml", "404 404 404 404 404 404 404 404 404");
    // Moderation: the moderators' own area, not under /admin/; the view only through its address.
    PAGES.put("moderation", "302 403 403 403 403 200 403 200 403");
    PAGES.put("discussion/moderation.xhtml", "404 404 404 404 404 404 404 404 404");
    // Needs and offers: the board for everyone; a new one for those who write for an organisation
    // (the other organisation's editor for their own); the view only through its address.
    PAGES.put("matching", "200 200 200 200 200 200 200 200 200");
    PAGES.put("matching?side=offer&state=all&sort=TITLE", "200 200 200 200 200 200 200 200 200");
    // Open data: the terms and the DCAT catalogue in both forms, for everyone.
    PAGES.put("terms", "200 200 200 200 200 200 200 200 200");
    PAGES.put("open-data/catalog", "200 200 200 200 200 200 200 200 200");
    PAGES.put("open-data/catalog.jsonld", "200 200 200 200 200 200 200 200 200");
    PAGES.put("open-data/catalog.ttl", "200 200 200 200 200 200 200 200 200");
    PAGES.put("matching/new?side=offer", "302 403 200 200 200 403 403 200 403");
    PAGES.put("match/board.xhtml", "404 404 404 404 404 404 404 404 404");
  }

  @Test
  void everyCallerAgainstEveryApiAction() {
    List<String> wrong = new ArrayList<>();
    API.forEach(
        (action, call) -> {
          String[] expected = API_EXPECTED.get(action).split(" ");
          int i = 0;
          for (var caller : CALLERS.entrySet()) {
            int got = call.apply(caller.getValue());
            if (got != Integer.parseInt(expected[i++])) {
              wrong.add(
                  action + " by " + caller.getKey() + ": " + got + ", expected " + expected[i - 1]);
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyCallerAgainstEveryGuardedPage() {
    List<String> wrong = new ArrayList<>();
    PAGES.forEach(
        (path, row) -> {
          String[] expected = row.split(" ");
          int i = 0;
          for (var caller : CALLERS.entrySet()) {
            HttpResponse<String> page = caller.getValue().page(path);
            int want = Integer.parseInt(expected[i++]);
            boolean ok =
                page.statusCode() == want
                    && (want != 302
                        || page.headers()
                            .firstValue("Location")
                            .orElse("")
                            .contains("/login?next="));
            if (!ok) {
              wrong.add(
                  path
                      + " by "
                      + caller.getKey()
                      + ": "
                      + page.statusCode()
                      + ", expected "
                      + want);
            }
          }
        });
    assertEquals(List.of(), wrong);
  }

  /**
   * The account menu, as each caller sees it on the front page: every link a feature contributes
   * shows exactly to those who may open its page, in the order of today's menu.
   */
  static final Map<String, String> ACCOUNT_MENU = new LinkedHashMap<>();

  static {
    String mine = "/my/notifications /my/organisations /my/practices /my/events /my/searches";
    ACCOUNT_MENU.put("anonymous", "/login /register");
    for (String who : List.of("member", "editor", "otherEditor", "orgAdmin", "host")) {
      ACCOUNT_MENU.put(who, mine + " /my/profile /logout");
    }
    String moderation = " /my/review /moderation /matching/conversations/flagged /my/profile";
    ACCOUNT_MENU.put("moderator", mine + moderation + " /logout");
    ACCOUNT_MENU.put("admin", mine + moderation + " /admin/organisations /logout");
    ACCOUNT_MENU.put("suspended", mine + " /my/profile /logout");
  }

  @Test
  void everyCallerSeesTheLinksOfThePagesTheyMayOpen() {
    List<String> wrong = new ArrayList<>();
    CALLERS.forEach(
        (who, session) -> {
          String links = links(session.page(""), "account-nav");
          if (!links.equals(ACCOUNT_MENU.get(who))) {
            wrong.add(who + ": " + links + ", expected " + ACCOUNT_MENU.get(who));
          }
        });
    assertEquals(List.of(), wrong);
  }

  @Test
  void theAdministrationMenuMarksThePageShown() {
    String page = CALLERS.get("admin").page("admin/audit").body();
    assertEquals(
        "/admin/organisations /admin/users /admin/taxonomies /admin/search-insight"
            + " /admin/search-index /admin/audit",
        links(page, "sub-nav"));
    Matcher current = Pattern.compile("<a href=\"[^\"]*\" aria-current=\"page\"").matcher(page);
    assertTrue(current.find(), "a link is marked as the current page");
    assertTrue(current.group().endsWith("/admin/audit\" aria-current=\"page\""), current.group());
    assertFalse(current.find(), "only one link is marked");
  }

  private static String links(HttpResponse<String> page, String navClass) {
    return links(page.body(), navClass);
  }

  /** The addresses of the links and forms in the {@code <nav>} of that class, in order. */
  private static String links(String html, String navClass) {
    Matcher nav =
        Pattern.compile("<nav class=\"" + navClass + "\".*?</nav>", Pattern.DOTALL).matcher(html);
    assertTrue(nav.find(), () -> "no " + navClass + " in " + html);
    String context = URI.create(TestServers.baseUrl()).getPath().replaceAll("/$", "");
    List<String> found = new ArrayList<>();
    Matcher link = Pattern.compile("(?:href|action)=\"([^\"]*)\"").matcher(nav.group());
    while (link.find()) {
      found.add(link.group(1).substring(context.length()));
    }
    return String.join(" ", found);
  }
}
