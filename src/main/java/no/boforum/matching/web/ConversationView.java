package no.boforum.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.matching.conversation.ConversationDetails;
import no.boforum.matching.conversation.Conversations;
import no.boforum.matching.conversation.MessageText;
import no.boforum.platform.NotFound;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /matching/<id>/conversations/<cid>}: a conversation, for its two organisations' editors
 * (who answer, share their contact details after a confirmation, and flag it) and, once flagged,
 * for the moderators (who read). Anyone else is told there is no such page.
 */
@Named
@RequestScoped
public class ConversationView {
  @Inject Conversations conversations;
  @Inject MatchingForms forms;
  @Inject CurrentCaller caller;

  private long postingId;
  private long id;
  private ConversationDetails conversation;
  private String text;
  private String reason;

  @PostConstruct
  void load() {
    String posting = FacesMessages.request().getParameter("id");
    String cid = FacesMessages.request().getParameter("cid");
    if (posting == null
        || cid == null
        || !posting.matches("\\d{1,18}")
        || !cid.matches("\\d{1,18}")) {
      return;
    }
    postingId = Long.parseLong(posting);
    id = Long.parseLong(cid);
    try {
      ConversationDetails read = conversations.read(id);
      conversation = read.postingId() == postingId ? read : null;
    } catch (NotFound | AccessDeniedException e) {
      conversation = null;
    }
  }

  /** The view action: a visitor logs in; who may not read it finds nothing here. */
  public void check() throws IOException {
    if (conversation != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (id != 0 && !caller.get().isAuthenticated()) {
      String next = "/matching/" + postingId + "/conversations/" + id;
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    } else {
      external.responseSendError(404, null);
    }
    faces.responseComplete();
  }

  public String answer() throws IOException {
    return forms.submit(
        "answer",
        "matching.conversation.answered",
        () -> "/" + conversations.answer(id, text).path());
  }

  public String share() throws IOException {
    return forms.submit(
        null, "matching.conversation.shared", () -> "/" + conversations.share(id).path());
  }

  public String flag() throws IOException {
    return forms.submit(
        "flag", "matching.conversation.flagged", () -> "/" + conversations.flag(id, reason).path());
  }

  public ConversationDetails getConversation() {
    return conversation;
  }

  /** The side whose name and contact the reader sees shared, or null for a moderator. */
  public ConversationDetails.Party getOther() {
    if (conversation == null || conversation.mine() == null) {
      return null;
    }
    return "OWNER".equals(conversation.mine()) ? conversation.writer() : conversation.owner();
  }

  public int getMax() {
    return MessageText.MAX;
  }

  public int getReasonMax() {
    return MessageText.REASON_MAX;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
