package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.identity.Decision;
import no.boforum.matching.conversation.ConversationAction;
import no.boforum.matching.conversation.ConversationSummary;
import no.boforum.matching.conversation.Conversations;

/** {@code /matching/conversations/flagged}: the conversations a party flagged, for moderators. */
@Named
@RequestScoped
public class FlaggedConversationsView {
  @Inject Conversations conversations;
  @Inject Authorization authorization;

  private List<ConversationSummary> flagged;

  /** The view action: a visitor logs in; who is not a moderator is refused. */
  public void check() throws IOException {
    Decision decision = authorization.decide(ConversationAction.MODERATE, null);
    if (decision == Decision.ALLOWED) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (decision == Decision.NOT_AUTHENTICATED) {
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode("/matching/conversations/flagged", StandardCharsets.UTF_8));
    } else {
      external.responseSendError(403, null);
    }
    faces.responseComplete();
  }

  public List<ConversationSummary> getFlagged() {
    if (flagged == null) {
      flagged = conversations.flagged();
    }
    return flagged;
  }
}
