package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.identity.PersonalData;

/**
 * A person's event registrations in "download my data": every one, cancelled ones too, with the
 * organisation registered for, the moments of the registration's life, the table at the event and
 * the answers to the hosts' questions while they are kept.
 */
@ApplicationScoped
public class RegistrationData implements PersonalData {
  @Inject PersonRegistrations people;
  @Inject EventRepository events;
  @Inject OrganisationService organisations;

  @Override
  public String section() {
    return "eventRegistrations";
  }

  @Override
  @Transactional
  public Object of(long userId) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (Registration r : people.allOfUser(userId)) {
      ForumEvent e = events.find(r.getEventId());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", e.getSlug());
      m.put("title", e.getTitle());
      m.put("status", r.getStatus().name());
      m.put("registeredAs", r.getRegisteredAs() == null ? null : r.getRegisteredAs().name());
      m.put(
          "organisation",
          r.getOrganisationId() == null
              ? null
              : organisations
                  .find(r.getOrganisationId())
                  .map(OrganisationDetails::name)
                  .orElse(null));
      m.put("sector", r.getSector());
      m.put("code", r.getCode());
      m.put("registeredAt", text(r.getCreatedAt()));
      m.put("inLineSince", text(r.getQueuedAt()));
      m.put("termsAcceptedAt", text(r.getTermsAcceptedAt()));
      m.put("confirmedAt", text(r.getConfirmedAt()));
      m.put("offerExpiresAt", text(r.getOfferExpiresAt()));
      m.put("cancelledAt", text(r.getCancelledAt()));
      m.put("cancelledByHost", r.isCancelledByHost());
      m.put("checkedInAt", text(r.getCheckedInAt()));
      m.put("tableGroup", r.getTableGroup());
      m.put("dietaryNeeds", r.getAnswers().dietaryNeeds());
      m.put("accessibilityNeeds", r.getAnswers().accessibilityNeeds());
      m.put("freeAnswer", r.getAnswers().freeAnswer());
      all.add(m);
    }
    return all;
  }

  /** A moment as kept (UTC), or null. */
  private static String text(java.time.LocalDateTime moment) {
    return moment == null ? null : moment.toString();
  }
}
