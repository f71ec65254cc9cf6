package no.boforum.matching.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import no.boforum.identity.Caller;
import no.boforum.identity.MembershipRole;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationRef;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.ProfileService;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;

/**
 * Makes read models of conversations for one reader: people named to the two parties only (one's
 * own side always, of the other side the person who shared, once shared), contact details read from
 * the sharer's account; why it was flagged to the moderators and the flagger only.
 */
@ApplicationScoped
public class ConversationViews {
  @Inject ProfileService profiles;
  @Inject OrganisationService organisations;
  @Inject MatchingService matching;
  @Inject ConversationRepository repository;

  /** The page's address: {@code matching/<posting id>/conversations/<id>}. */
  public static String path(long postingId, long id) {
    return "matching/" + postingId + "/conversations/" + id;
  }

  ConversationDetails details(Conversation c, PostingDetails posting, Caller reader) {
    long ownerId = posting.organisation().id();
    String mine =
        reader.holds(MembershipRole.EDITOR, ownerId)
            ? "OWNER"
            : reader.holds(MembershipRole.EDITOR, c.getOrganisationId()) ? "WRITER" : null;
    OrganisationRef writerOrg =
        OrganisationRef.of(organisations.find(c.getOrganisationId()).orElse(null));
    List<ConversationMessage> lines = repository.lines(c.getId());
    Set<Long> authors = new HashSet<>();
    lines.stream()
        .map(ConversationMessage::getAuthorId)
        .filter(Objects::nonNull)
        .forEach(authors::add);
    Map<Long, String> names = mine == null ? Map.of() : profiles.displayNames(authors);
    List<ConversationDetails.Line> out = new ArrayList<>();
    for (ConversationMessage m : lines) {
      String side = m.getOrganisationId() == ownerId ? "OWNER" : "WRITER";
      boolean ownerLine = side.equals("OWNER");
      // One's own side by name; of the other side, once shared, only the person who shared.
      boolean sideShown = mine != null && (side.equals(mine) || c.isShared(ownerLine));
      boolean named =
          sideShown
              && (side.equals(mine)
                  || (m.getAuthorId() != null && m.getAuthorId().equals(c.sharedBy(ownerLine))));
      String name =
          !named || m.getAuthorId() == null ? null : names.getOrDefault(m.getAuthorId(), "");
      // A line whose writer's account is gone: "former member" where the side is shown.
      boolean former =
          sideShown && (m.getAuthorId() == null || (named && (name == null || name.isBlank())));
      out.add(
          new ConversationDetails.Line(
              m.getId(),
              m.getKind().name(),
              side,
              former ? null : name,
              former,
              m.getCreatedAt(),
              m.getBody()));
    }
    return new ConversationDetails(
        c.getId(),
        path(posting.id(), c.getId()),
        posting.id(),
        posting.title(),
        posting.path(),
        party(c, true, posting.organisation(), mine != null),
        party(c, false, writerOrg, mine != null),
        mine,
        mine != null && !reader.isSuspended(),
        c.isFlagged(),
        c.getFlaggedAt(),
        flagReason(c, mine == null, reader.userId()),
        out);
  }

  /** A side, with the details it shared when the reader is a party. */
  private ConversationDetails.Party party(
      Conversation c, boolean ownerSide, OrganisationRef org, boolean readerIsParty) {
    Long by = c.sharedBy(ownerSide);
    var contact = readerIsParty && by != null ? profiles.contact(by).orElse(null) : null;
    return new ConversationDetails.Party(
        org,
        c.isShared(ownerSide),
        contact == null ? null : contact.name(),
        contact == null ? null : contact.email());
  }

  /**
   * Why it was flagged: for the moderators and the person who flagged it, never for the other side
   * (whom the flag may be about).
   */
  static String flagReason(Conversation c, boolean moderator, Long readerId) {
    return moderator || (readerId != null && readerId.equals(c.getFlaggedBy()))
        ? c.getFlagReason()
        : null;
  }

  /**
   * @param moderators whether the reader reads as a moderator (the flagged list), not as a party
   */
  List<ConversationSummary> summaries(List<Conversation> conversations, boolean moderators) {
    Set<Long> orgIds = new HashSet<>();
    Map<Long, PostingDetails> postings = new java.util.HashMap<>();
    for (Conversation c : conversations) {
      orgIds.add(c.getOrganisationId());
      postings.computeIfAbsent(c.getPostingId(), id -> matching.find(id).orElse(null));
    }
    Map<Long, OrganisationDetails> orgs = organisations.byIds(orgIds);
    List<ConversationSummary> out = new ArrayList<>();
    for (Conversation c : conversations) {
      PostingDetails p = postings.get(c.getPostingId());
      if (p == null) {
        continue;
      }
      out.add(
          new ConversationSummary(
              c.getId(),
              path(p.id(), c.getId()),
              p.id(),
              p.title(),
              p.organisation(),
              OrganisationRef.of(orgs.get(c.getOrganisationId())),
              c.getLastMessageAt(),
              c.isFlagged(),
              c.getFlaggedAt(),
              moderators ? c.getFlagReason() : null));
    }
    return out;
  }
}
