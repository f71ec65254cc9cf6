package no.boforum.matching.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import no.boforum.identity.OrganisationService;
import no.boforum.matching.PostingAdoptions;
import no.boforum.matching.PostingConfirmations;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingDetails.PracticeRef;
import no.boforum.matching.PostingState;

/**
 * The posting page's section on its life after posting, for the owner's editors: "still current"
 * while it is open or in dialogue (by when, and the button that confirms it), and once it is done
 * the one step that records it as the municipality's adoption of a practice the match used (an
 * offer's practices, or one the owner names).
 */
@Named
@RequestScoped
public class PostingLifeView {
  static final String ADOPTION_FORM = "adoption";

  @Inject PostingPageView page;
  @Inject PostingConfirmations confirmations;
  @Inject PostingAdoptions adoptions;
  @Inject OrganisationService organisations;
  @Inject MatchingChoices choices;
  @Inject MatchingForms forms;

  private String practice;

  private PostingDetails posting() {
    return page.getPosting();
  }

  public boolean isMayConfirm() {
    return posting() != null && posting().state().isCurrent() && page.isMayWrite();
  }

  public String confirm() throws IOException {
    return forms.submit(
        null,
        "matching.confirmation.done",
        () -> "/" + confirmations.confirm(posting().id()).path());
  }

  /** Done, not yet recorded, owned by a municipality whose editor is asking. */
  public boolean isMayAdopt() {
    PostingDetails p = posting();
    return p != null
        && p.state() == PostingState.DONE
        && p.adoption() == null
        && page.isMayWrite()
        && PostingAdoptions.mayAdopt(organisations.find(p.organisation().id()).orElse(null));
  }

  /** The practices an offer builds on, each with its own button. */
  public List<PracticeRef> getOffered() {
    return posting() == null ? List.of() : posting().practices();
  }

  /** The published practices the owner may name instead. */
  public List<PracticeRef> getNameable() {
    return choices.getPractices();
  }

  public String record(String slug) throws IOException {
    return forms.submit(
        ADOPTION_FORM,
        "matching.adoption.recorded",
        () -> "/" + adoptions.record(posting().id(), slug, null).path());
  }

  /** Records the practice the owner chose in the list. */
  public String recordNamed() throws IOException {
    return record(practice == null || practice.isBlank() ? "" : practice);
  }

  public String getPractice() {
    return practice;
  }

  public void setPractice(String practice) {
    this.practice = practice;
  }
}
