package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.text.Messages;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionService;
import no.boforum.practice.AdoptionStatus;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeData;
import no.boforum.practice.PracticeEditing;

/**
 * What an organisation that was at a forum does with its findings: start a new practice draft,
 * prefilled from a finding, or report "we will try this" on a practice a finding links to, which
 * becomes a planned adoption in that practice's spread. Only organisations that were present
 * (checked in), through their editors (the practice feature checks that right).
 */
@ApplicationScoped
public class FindingActions {
  static final int TITLE = 120;

  @Inject EventRepository events;
  @Inject EventClosing closing;
  @Inject PracticeEditing practices;
  @Inject AdoptionService adoptions;
  @Inject OrganisationService organisations;

  /** A practice draft owned by {@code organisationId}, from the finding; answers its slug. */
  @Transactional
  public String startPractice(String eventSlug, long findingId, long organisationId) {
    ForumEvent e = closed(eventSlug);
    Finding f = finding(e, findingId);
    OrganisationDetails org = present(e, organisationId);
    Locale locale = Messages.locale(e.getLanguage());
    String title = f.getText().length() <= TITLE ? f.getText() : cut(f.getText(), TITLE);
    String summary = cut(f.getText(), 300);
    String body =
        f.getText()
            + "\n\n"
            + Messages.format(
                locale, "event.finding.practiceBody", e.getTitle(), "/events/" + e.getSlug());
    List<String> places =
        org.municipality() != null
            ? List.of(org.municipality())
            : org.county() != null
                ? List.of(org.county())
                : e.getMunicipality() != null ? List.of(e.getMunicipality()) : List.of();
    PracticeData data =
        new PracticeData(
            title,
            summary,
            body,
            e.getLanguage(),
            org.id(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.copyOf(e.getThemes()),
            places,
            places.isEmpty(),
            null,
            null,
            ActivityStatus.PLANNED,
            EvidenceLevel.IDEA_PILOT,
            null,
            null,
            false,
            List.of(),
            null,
            null,
            PracticeData.Contact.NONE,
            List.of(),
            false);
    return practices.create(
        data, Messages.format(locale, "event.finding.practiceNote", e.getTitle()));
  }

  /** "We will try this": a planned adoption of a practice the finding links to. */
  @Transactional
  public void tryPractice(
      String eventSlug, long findingId, String practiceSlug, long organisationId) {
    ForumEvent e = closed(eventSlug);
    Finding f = finding(e, findingId);
    if (!f.getPractices().contains(practiceSlug)) {
      throw new InputProblem("practice", "event.finding.notLinked");
    }
    OrganisationDetails org = present(e, organisationId);
    String municipality = org.municipality() != null ? org.municipality() : e.getMunicipality();
    if (municipality == null) {
      throw new InputProblem("organisation", "event.finding.municipalityRequired");
    }
    adoptions.report(
        practiceSlug,
        new AdoptionData(
            org.id(),
            municipality,
            null,
            AdoptionStatus.PLANNING,
            Messages.format(
                Messages.locale(e.getLanguage()), "event.finding.adoptionNote", e.getTitle())));
  }

  private ForumEvent closed(String slug) {
    return events
        .findBySlug(slug)
        .filter(e -> e.getState() == EventState.CLOSED)
        .orElseThrow(() -> new UnknownEventException(slug));
  }

  private Finding finding(ForumEvent e, long id) {
    return closing.findings(e.getId()).stream()
        .filter(f -> f.getId() == id)
        .findFirst()
        .orElseThrow(() -> new UnknownEventException(e.getSlug() + " finding " + id));
  }

  private OrganisationDetails present(ForumEvent e, long organisationId) {
    if (!closing.organisationsPresent(e.getId()).contains(organisationId)) {
      throw new Conflict("event.finding.notPresent");
    }
    return organisations.find(organisationId).orElseThrow();
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > max / 2 ? space : max - 1) + "…";
  }
}
