package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionService;
import no.boforum.practice.AdoptionStatus;

/**
 * The practice page's "we use this too" form, for editors of an organisation: a problem is shown
 * beside its field with the rest of the form kept as typed.
 */
@Named
@RequestScoped
public class AdoptionFormView {
  static final String FORM = "adoption";

  @Inject AdoptionService adoptions;
  @Inject PracticeChoices choices;
  @Inject PracticeForms forms;
  private Long organisation;
  private String municipality;
  private LocalDate startedOn;
  private AdoptionStatus status = AdoptionStatus.RUNNING;
  private String note;

  /** Only editors of some organisation can report that it took the practice up. */
  public boolean isMayReport() {
    return !choices.getEditorOrganisations().isEmpty();
  }

  public String report(String slug) throws IOException {
    return forms.submit(
        FORM,
        "adoption.reported",
        () -> {
          adoptions.report(
              slug, new AdoptionData(organisation, municipality, startedOn, status, note));
          return slug;
        });
  }

  /** Takes an adoption off the list: its organisation's editors, or a reviewer. */
  public String remove(String slug, long id) throws IOException {
    return forms.submit(
        null,
        "adoption.removed",
        () -> {
          adoptions.remove(id);
          return slug;
        });
  }

  public List<AdoptionStatus> getStatuses() {
    return List.of(AdoptionStatus.values());
  }

  public Long getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Long organisation) {
    this.organisation = organisation;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public AdoptionStatus getStatus() {
    return status;
  }

  public void setStatus(AdoptionStatus status) {
    this.status = status;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
