package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.identity.Caller;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.UnknownPostingException;
import no.boforum.matching.conversation.ConversationMessage.Kind;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;

/**
 * The use cases of conversations: get in touch about a posting (one thread per posting and
 * organisation: a second message continues it), answer, share one's contact details, flag, and read
 * (the parties; moderators once flagged). Whoever may not read a conversation is told it does not
 * exist. Each line tells the other side's editors, through notifications, without its text.
 */
@ApplicationScoped
@Transactional
public class Conversations {
  @Inject ConversationRepository repository;
  @Inject ConversationPolicy policy;
  @Inject ConversationViews views;
  @Inject ConversationNotices notices;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;
  @Inject MatchingService matching;
  @Inject OrganisationService organisations;

  Clock clock = Clock.systemUTC();

  /**
   * Writes to the posting's organisation for {@code organisation} (a slug): starts their
   * conversation, or continues it. An open posting moves to in dialogue.
   */
  public ConversationDetails start(long postingId, String organisation, String text) {
    PostingDetails posting = matching.get(postingId);
    OrganisationDetails writer =
        organisation == null || organisation.isBlank()
            ? null
            : organisations.find(organisation.strip()).orElse(null);
    if (writer == null) {
      throw new InputProblem("organisation", "matching.conversation.organisation.required");
    }
    if (posting.organisation() == null) {
      throw new UnknownPostingException(postingId);
    }
    Parties parties = new Parties(posting.organisation().id(), writer.id(), false);
    Caller caller = authorization.require(ConversationAction.START, parties);
    if (!policy.allowsEvenAdministrators(caller, ConversationAction.START, parties)) {
      throw new AccessDeniedException(Decision.FORBIDDEN, ConversationAction.START);
    }
    if (parties.owner() == parties.writer()) {
      throw new InputProblem("organisation", "matching.conversation.ownPosting");
    }
    String body = MessageText.message(text);
    Conversation c = repository.findPair(postingId, writer.id());
    if (c == null) {
      if (!posting.state().isCurrent()) {
        throw new Conflict("matching.conversation.closed");
      }
      c = new Conversation(postingId, writer.id(), now());
      repository.persist(c);
    }
    line(c, posting, false, caller, Kind.TEXT, body);
    matching.enterDialogue(postingId);
    return views.details(c, posting, caller);
  }

  /** One of the two sides answers. */
  public ConversationDetails answer(long id, String text) {
    Visible v = visible(id, ConversationAction.TAKE_PART);
    String body = MessageText.message(text);
    line(v.conversation(), v.posting(), v.ownerSide(), v.caller(), Kind.TEXT, body);
    return views.details(v.conversation(), v.posting(), v.caller());
  }

  /** The caller's side shares its contact details: the caller's name and e-mail address. */
  public ConversationDetails share(long id) {
    Visible v = visible(id, ConversationAction.TAKE_PART);
    v.conversation().share(v.ownerSide(), v.caller().userId(), now());
    line(v.conversation(), v.posting(), v.ownerSide(), v.caller(), Kind.SHARED, null);
    return views.details(v.conversation(), v.posting(), v.caller());
  }

  /** A party asks the moderators to read the conversation, saying why. */
  public ConversationDetails flag(long id, String reason) {
    Visible v = visible(id, ConversationAction.TAKE_PART);
    String why = MessageText.reason(reason);
    v.conversation().flag(v.caller().userId(), why, now());
    line(v.conversation(), v.posting(), v.ownerSide(), v.caller(), Kind.FLAGGED, null);
    return views.details(v.conversation(), v.posting(), v.caller());
  }

  /** The conversation as the caller may read it. */
  public ConversationDetails read(long id) {
    Visible v = visible(id, ConversationAction.READ);
    return views.details(v.conversation(), v.posting(), v.caller());
  }

  /**
   * The conversations about a posting the caller takes part in: all of them for the owner's
   * editors, their own for another organisation's, none for anyone else.
   */
  public List<ConversationSummary> ofPosting(long postingId) {
    PostingDetails posting = matching.find(postingId).orElse(null);
    Caller caller = current.get();
    if (posting == null || posting.organisation() == null || !caller.isAuthenticated()) {
      return List.of();
    }
    long owner = posting.organisation().id();
    return views.summaries(
        repository.ofPosting(postingId).stream()
            .filter(c -> ConversationPolicy.party(caller, Parties.of(c, owner)))
            .toList(),
        false);
  }

  /** The flagged conversations, latest flag first, for the moderators. */
  public List<ConversationSummary> flagged() {
    authorization.require(ConversationAction.MODERATE);
    return views.summaries(repository.flagged(200), true);
  }

  /** The organisations the caller may write to the posting for (its own are left out). */
  public List<OrganisationDetails> writersFor(
      PostingDetails posting, List<OrganisationDetails> own) {
    Caller caller = current.get();
    if (posting.organisation() == null || !caller.isAuthenticated()) {
      return List.of();
    }
    long owner = posting.organisation().id();
    return own.stream()
        .filter(o -> o.id() != owner)
        .filter(o -> may(caller, ConversationAction.START, new Parties(owner, o.id(), false)))
        .toList();
  }

  private record Visible(
      Conversation conversation, PostingDetails posting, Caller caller, boolean ownerSide) {}

  /**
   * The conversation, if the caller may do {@code action} in it; a visitor is asked to log in, who
   * may not read it is told it does not exist, who may read but not take part is refused.
   */
  private Visible visible(long id, ConversationAction action) {
    Conversation c = repository.find(id);
    PostingDetails posting = c == null ? null : matching.find(c.getPostingId()).orElse(null);
    if (posting == null || posting.organisation() == null) {
      throw new UnknownConversationException(id);
    }
    Parties parties = Parties.of(c, posting.organisation().id());
    Caller caller = current.get();
    if (!caller.isAuthenticated()) {
      throw new AccessDeniedException(Decision.NOT_AUTHENTICATED, action);
    }
    if (!may(caller, action, parties)) {
      if (action != ConversationAction.READ && may(caller, ConversationAction.READ, parties)) {
        throw new AccessDeniedException(Decision.FORBIDDEN, action);
      }
      throw new UnknownConversationException(id);
    }
    boolean ownerSide = caller.holds(MembershipRole.EDITOR, parties.owner());
    return new Visible(c, posting, caller, ownerSide);
  }

  private boolean may(Caller caller, ConversationAction action, Parties parties) {
    return authorization.allows(caller, action, parties)
        && policy.allowsEvenAdministrators(caller, action, parties);
  }

  private void line(
      Conversation c,
      PostingDetails posting,
      boolean ownerSide,
      Caller caller,
      Kind kind,
      String body) {
    long from = ownerSide ? posting.organisation().id() : c.getOrganisationId();
    long to = ownerSide ? c.getOrganisationId() : posting.organisation().id();
    ConversationMessage m =
        new ConversationMessage(c.getId(), from, caller.userId(), kind, body, now());
    repository.persist(m);
    c.written(now());
    if (kind != Kind.FLAGGED) {
      notices.told(c, posting, from, to, caller.userId(), m);
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
  }
}
