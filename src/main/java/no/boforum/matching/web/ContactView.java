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
import java.util.List;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationDetails;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.conversation.Conversations;
import no.boforum.matching.conversation.MessageText;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /matching/<id>/contact}: "get in touch", a message to the posting's organisation for one
 * of the organisations the reader edits (chosen when there are several). It starts their
 * conversation, or continues it.
 */
@Named
@RequestScoped
public class ContactView {
  static final String FORM = "contact";

  @Inject Conversations conversations;
  @Inject MatchingService matching;
  @Inject MatchingChoices choices;
  @Inject MatchingForms forms;
  @Inject CurrentCaller caller;

  private PostingDetails posting;
  private List<OrganisationDetails> writers = List.of();
  private String organisation;
  private String text;

  @PostConstruct
  void load() {
    String id = FacesMessages.request().getParameter("id");
    if (id != null && id.matches("\\d{1,18}")) {
      posting = matching.find(Long.parseLong(id)).orElse(null);
    }
    if (posting != null) {
      writers = conversations.writersFor(posting, choices.getWritable());
      if (writers.size() == 1) {
        organisation = writers.get(0).slug();
      }
    }
  }

  /** The view action: a visitor logs in; who may not write about it is refused. */
  public void check() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    if (posting != null && !writers.isEmpty()) {
      return;
    }
    if (posting == null) {
      external.responseSendError(404, null);
    } else if (!caller.get().isAuthenticated()) {
      external.redirect(
          external.getRequestContextPath()
              + "/login?next="
              + URLEncoder.encode(
                  "/matching/" + posting.id() + "/contact", StandardCharsets.UTF_8));
    } else {
      external.responseSendError(403, null);
    }
    faces.responseComplete();
  }

  public String send() throws IOException {
    return forms.submit(
        FORM,
        "matching.conversation.sent",
        () -> "/" + conversations.start(posting.id(), organisation, text).path());
  }

  public PostingDetails getPosting() {
    return posting;
  }

  public List<OrganisationDetails> getWriters() {
    return writers;
  }

  public int getMax() {
    return MessageText.MAX;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
