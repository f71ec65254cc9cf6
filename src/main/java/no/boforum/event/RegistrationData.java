package no.boforum.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.boforum.identity.PersonalData;

/**
 * A person's event registrations in "download my data": every one, cancelled ones too, with the
 * answers to the hosts' questions while they are kept.
 */
@ApplicationScoped
public class RegistrationData implements PersonalData {
  @Inject RegistrationRepository registrations;
  @Inject EventRepository events;

  @Override
  public String section() {
    return "eventRegistrations";
  }

  @Override
  @Transactional
  public Object of(long userId) {
    List<Map<String, Object>> all = new java.util.ArrayList<>();
    for (Registration r : registrations.allOfUser(userId)) {
      ForumEvent e = events.find(r.getEventId());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("event", e.getSlug());
      m.put("title", e.getTitle());
      m.put("status", r.getStatus().name());
      m.put("registeredAs", r.getRegisteredAs() == null ? null : r.getRegisteredAs().name());
      m.put("sector", r.getSector());
      m.put("code", r.getCode());
      m.put("registeredAt", String.valueOf(r.getCreatedAt()));
      m.put("checkedInAt", r.getCheckedInAt() == null ? null : r.getCheckedInAt().toString());
      m.put("dietaryNeeds", r.getAnswers().dietaryNeeds());
      m.put("accessibilityNeeds", r.getAnswers().accessibilityNeeds());
      m.put("freeAnswer", r.getAnswers().freeAnswer());
      all.add(m);
    }
    return all;
  }
}
