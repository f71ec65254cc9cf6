package no.boforum.matching.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.boforum.matching.FilterParameters;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingState;
import no.boforum.matching.SuggestedMatch.Suggestions;
import no.boforum.matching.search.SuggestedMatches;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.platform.web.FacesMessages;

/**
 * {@code /matching/<id>-<slug>}: one need or offer, its text rendered from Markdown and sanitised,
 * and for the owner's editors the moves to the states that make sense from here (withdrawing asks
 * first).
 */
@Named
@RequestScoped
public class PostingPageView {
  static final int SUGGESTIONS_SHOWN = 5;

  @Inject MatchingService matching;
  @Inject MatchingForms forms;
  @Inject MarkdownRenderer markdown;
  @Inject SuggestedMatches suggested;

  private PostingDetails posting;
  private Suggestions suggestions;

  @PostConstruct
  void load() {
    String id = FacesMessages.request().getParameter("id");
    if (id != null && id.matches("\\d{1,18}")) {
      posting = matching.find(Long.parseLong(id)).orElse(null);
    }
  }

  /** The view action: a 404 for no such posting. */
  public void check() throws IOException {
    if (posting == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, null);
      faces.responseComplete();
    }
  }

  public PostingDetails getPosting() {
    return posting;
  }

  public String getBodyHtml() {
    return posting == null ? "" : markdown.toSafeHtml(posting.body());
  }

  /** What fits it (asked of the index once per request; none while the index is away). */
  public Suggestions getSuggestions() {
    if (suggestions == null) {
      suggestions = posting == null ? Suggestions.NONE : suggested.of(posting, SUGGESTIONS_SHOWN);
    }
    return suggestions;
  }

  public boolean isMayWrite() {
    return posting != null && matching.mayWrite(posting);
  }

  /**
   * The states the owner's editors may move it to now, in the order of their life; withdrawing is
   * offered on its own ({@link #isMayWithdraw}), as it asks first.
   */
  public List<String> getMoves() {
    if (!isMayWrite()) {
      return List.of();
    }
    return posting.state().movesTo().stream()
        .filter(s -> s != PostingState.WITHDRAWN)
        .sorted()
        .map(Enum::name)
        .toList();
  }

  public boolean isMayWithdraw() {
    return isMayWrite() && posting.state().movesTo().contains(PostingState.WITHDRAWN);
  }

  /**
   * Moves it to {@code state}; the form sends the state the page showed ({@code from}), so a button
   * pressed after someone else moved it does nothing but say so.
   */
  public String move(String state) throws IOException {
    PostingState from =
        FilterParameters.choice(
            PostingState.class, "from", FacesMessages.request().getParameter("from"), false);
    if (from == null) {
      FacesMessages.error(null, "matching.changedMeanwhile");
      return null;
    }
    return forms.submit(
        null,
        "matching.moved." + state,
        () -> "/" + matching.move(posting.id(), PostingState.valueOf(state), from).path());
  }
}
