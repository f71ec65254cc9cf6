package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.boforum.event.EventData.Registration;

/** How an event's registration works beyond its seats; part of the event's row. */
@Embeddable
public class RegistrationRules {
  private String terms;

  @Column(name = "ask_dietary")
  private boolean askDietary;

  @Column(name = "ask_accessibility")
  private boolean askAccessibility;

  @Column(name = "free_question")
  private String freeQuestion;

  @Column(name = "answers_kept_days")
  private int answersKeptDays;

  @Column(name = "offer_window_hours")
  private int offerWindowHours;

  @Column(name = "offer_hours")
  private int offerHours;

  protected RegistrationRules() {}

  static RegistrationRules of(Registration r) {
    RegistrationRules rules = new RegistrationRules();
    rules.terms = r.terms();
    rules.askDietary = r.askDietary();
    rules.askAccessibility = r.askAccessibility();
    rules.freeQuestion = r.freeQuestion();
    rules.answersKeptDays = r.answersKeptDays();
    rules.offerWindowHours = r.offerWindowHours();
    rules.offerHours = r.offerHours();
    return rules;
  }

  Registration data() {
    return new Registration(
        terms,
        askDietary,
        askAccessibility,
        freeQuestion,
        answersKeptDays,
        offerWindowHours,
        offerHours);
  }
}
