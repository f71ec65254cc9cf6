package no.boforum.event.web;

import no.boforum.event.EventData.Registration;

/** The registration settings of the event editor: terms, questions, keeping, offers. */
public class EventFormRules {
  private String terms;
  private boolean askDietary;
  private boolean askAccessibility;
  private String freeQuestion;
  private Integer answersKeptDays = Registration.DEFAULT_ANSWERS_KEPT_DAYS;
  private Integer offerWindowHours = Registration.DEFAULT_OFFER_WINDOW_HOURS;
  private Integer offerHours = Registration.DEFAULT_OFFER_HOURS;

  void fill(Registration r) {
    terms = r.terms();
    askDietary = r.askDietary();
    askAccessibility = r.askAccessibility();
    freeQuestion = r.freeQuestion();
    answersKeptDays = r.answersKeptDays();
    offerWindowHours = r.offerWindowHours();
    offerHours = r.offerHours();
  }

  /** The settings; a number left empty takes its default. */
  Registration data() {
    return new Registration(
        terms,
        askDietary,
        askAccessibility,
        freeQuestion,
        orDefault(answersKeptDays, Registration.DEFAULT_ANSWERS_KEPT_DAYS),
        orDefault(offerWindowHours, Registration.DEFAULT_OFFER_WINDOW_HOURS),
        orDefault(offerHours, Registration.DEFAULT_OFFER_HOURS));
  }

  private static int orDefault(Integer value, int fallback) {
    return value == null ? fallback : value;
  }

  public String getTerms() {
    return terms;
  }

  public void setTerms(String terms) {
    this.terms = terms;
  }

  public boolean isAskDietary() {
    return askDietary;
  }

  public void setAskDietary(boolean askDietary) {
    this.askDietary = askDietary;
  }

  public boolean isAskAccessibility() {
    return askAccessibility;
  }

  public void setAskAccessibility(boolean askAccessibility) {
    this.askAccessibility = askAccessibility;
  }

  public String getFreeQuestion() {
    return freeQuestion;
  }

  public void setFreeQuestion(String freeQuestion) {
    this.freeQuestion = freeQuestion;
  }

  public Integer getAnswersKeptDays() {
    return answersKeptDays;
  }

  public void setAnswersKeptDays(Integer answersKeptDays) {
    this.answersKeptDays = answersKeptDays;
  }

  public Integer getOfferWindowHours() {
    return offerWindowHours;
  }

  public void setOfferWindowHours(Integer offerWindowHours) {
    this.offerWindowHours = offerWindowHours;
  }

  public Integer getOfferHours() {
    return offerHours;
  }

  public void setOfferHours(Integer offerHours) {
    this.offerHours = offerHours;
  }
}
