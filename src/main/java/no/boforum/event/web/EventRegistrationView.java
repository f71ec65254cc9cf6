package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.boforum.event.EventDetails;
import no.boforum.event.EventState;
import no.boforum.event.EventTimes;
import no.boforum.event.MyRegistration;
import no.boforum.event.Participants;
import no.boforum.event.RegisteredAs;
import no.boforum.event.Registration;
import no.boforum.event.RegistrationRequest;
import no.boforum.event.Registrations;
import no.boforum.event.SectorMix;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.NotFound;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/**
 * The event page's registration box: the mix of sectors for everyone; for a logged-in person their
 * registration (seat and code, place in line, an offer to accept, the join link) or the form to
 * register, and the way out. A refused input is shown beside its field with the form as typed.
 */
@Named("eventRegistration")
@RequestScoped
public class EventRegistrationView {
  static final String FORM = "registration";

  @Inject Registrations registrations;
  @Inject no.boforum.event.RegistrationViews views;
  @Inject Participants participants;
  @Inject CurrentCaller caller;
  @Inject OrganisationService organisations;
  @Inject Language language;
  java.time.Clock clock = java.time.Clock.systemUTC();

  private final Map<String, Optional<MyRegistration>> mine = new HashMap<>();
  private final Map<String, SectorMix> mixes = new HashMap<>();
  private List<OrganisationDetails> memberOf;
  private String as;
  private Long organisation;
  private boolean acceptTerms;
  private String dietaryNeeds;
  private String accessibilityNeeds;
  private String freeAnswer;

  public boolean isLoggedIn() {
    return caller.get().isAuthenticated();
  }

  /** Where registration stands: OPEN, NOT_YET, CLOSED (or NONE for a draft). */
  public String window(EventDetails e) {
    if (e.state() != EventState.PUBLISHED) {
      return e.state() == EventState.DRAFT ? "NONE" : "CLOSED";
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (e.registrationOpensAt() != null && now.isBefore(e.registrationOpensAt())) {
      return "NOT_YET";
    }
    OffsetDateTime closes =
        e.registrationClosesAt() == null ? e.startsAt() : e.registrationClosesAt();
    return now.isBefore(closes) ? "OPEN" : "CLOSED";
  }

  /** True once the event has begun: a registration is attendance now, no longer cancelled. */
  public boolean begun(EventDetails e) {
    return !OffsetDateTime.now(clock).isBefore(e.startsAt());
  }

  /** The caller's own registration for the event, if any. */
  public MyRegistration mine(String slug) {
    return mine.computeIfAbsent(slug, views::mine).orElse(null);
  }

  public SectorMix mix(String slug) {
    return mixes.computeIfAbsent(slug, views::mix);
  }

  /** An instant (an offer's deadline) as people in Oslo read it. */
  public String when(OffsetDateTime instant) {
    return instant == null ? "" : EventTimes.describe(instant, language.getLocale());
  }

  public String sectorLabel(String sector) {
    return participants.sectorLabel(sector, language.getLocale());
  }

  /** The organisations the caller may register for, by name. */
  public List<OrganisationDetails> getMemberOrganisations() {
    if (memberOf == null) {
      memberOf =
          organisations.byIds(caller.get().memberships().keySet()).values().stream()
              .sorted(Comparator.comparing(OrganisationDetails::name))
              .toList();
    }
    return memberOf;
  }

  public List<String> getCapacities() {
    return (getMemberOrganisations().isEmpty()
            ? List.of(RegisteredAs.PRIVATE_PERSON, RegisteredAs.USER_REPRESENTATIVE)
            : List.of(RegisteredAs.values()))
        .stream().map(Enum::name).toList();
  }

  public String register(String slug) throws IOException {
    return submit(
        slug,
        "event.registration.done",
        () ->
            registrations.register(
                slug,
                new RegistrationRequest(
                    parsedAs(),
                    RegisteredAs.ORGANISATION.name().equals(as) ? organisation : null,
                    acceptTerms,
                    new Registration.Answers(dietaryNeeds, accessibilityNeeds, freeAnswer))));
  }

  public String cancel(String slug) throws IOException {
    return submit(slug, "event.registration.cancelled", () -> registrations.cancel(slug));
  }

  public String accept(String slug) throws IOException {
    return submit(slug, "event.registration.accepted", () -> registrations.acceptOffer(slug));
  }

  private RegisteredAs parsedAs() {
    try {
      return as == null ? null : RegisteredAs.valueOf(as);
    } catch (IllegalArgumentException e) {
      throw new InputProblem("as", "event.registeredAsRequired");
    }
  }

  private String submit(String slug, String flashKey, Runnable attempt) throws IOException {
    try {
      attempt.run();
      FacesMessages.flash(flashKey);
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/events/" + slug + "#registration");
    } catch (InputProblem p) {
      FacesMessages.show(FORM, p);
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException | NotFound e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  /** The capacity chosen; by default for an organisation when the caller has one. */
  public String getAs() {
    if (as == null) {
      as =
          (getMemberOrganisations().isEmpty()
                  ? RegisteredAs.PRIVATE_PERSON
                  : RegisteredAs.ORGANISATION)
              .name();
    }
    return as;
  }

  public void setAs(String as) {
    this.as = as;
  }

  public Long getOrganisation() {
    return organisation;
  }

  public void setOrganisation(Long organisation) {
    this.organisation = organisation;
  }

  public boolean isAcceptTerms() {
    return acceptTerms;
  }

  public void setAcceptTerms(boolean acceptTerms) {
    this.acceptTerms = acceptTerms;
  }

  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  public void setDietaryNeeds(String dietaryNeeds) {
    this.dietaryNeeds = dietaryNeeds;
  }

  public String getAccessibilityNeeds() {
    return accessibilityNeeds;
  }

  public void setAccessibilityNeeds(String accessibilityNeeds) {
    this.accessibilityNeeds = accessibilityNeeds;
  }

  public String getFreeAnswer() {
    return freeAnswer;
  }

  public void setFreeAnswer(String freeAnswer) {
    this.freeAnswer = freeAnswer;
  }
}
