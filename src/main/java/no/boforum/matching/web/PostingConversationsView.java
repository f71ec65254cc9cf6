package no.boforum.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.MembershipRole;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.conversation.ConversationSummary;
import no.boforum.matching.conversation.Conversations;
import no.boforum.platform.web.FacesMessages;

/**
 * The conversations' part of a posting's page: the owner's editors see the conversations about it,
 * another organisation's editors their own and "get in touch"; anyone else sees nothing of them.
 */
@Named
@RequestScoped
public class PostingConversationsView {
  @Inject Conversations conversations;
  @Inject MatchingService matching;
  @Inject MatchingChoices choices;
  @Inject CurrentCaller current;

  private PostingDetails posting;
  private List<ConversationSummary> mine;

  @PostConstruct
  void load() {
    String id = FacesMessages.request().getParameter("id");
    if (id != null && id.matches("\\d{1,18}")) {
      posting = matching.find(Long.parseLong(id)).orElse(null);
    }
  }

  /** The conversations the reader takes part in. */
  public List<ConversationSummary> getConversations() {
    if (mine == null) {
      mine = posting == null ? List.of() : conversations.ofPosting(posting.id());
    }
    return mine;
  }

  /** The reader is one of the posting's editors, who see every conversation about it. */
  public boolean isOwner() {
    return posting != null
        && posting.organisation() != null
        && current.get().holds(MembershipRole.EDITOR, posting.organisation().id());
  }

  /** The reader may get in touch: an editor of another organisation, while the posting stands. */
  public boolean isMayStart() {
    return posting != null
        && posting.state().isCurrent()
        && !conversations.writersFor(posting, choices.getWritable()).isEmpty();
  }

  public boolean isShown() {
    return isOwner() || isMayStart() || !getConversations().isEmpty();
  }
}
