package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** When a practice ran and whether it still does, in the practice's own row. */
@Embeddable
public class PracticePeriod {
  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_status", nullable = false)
  private ActivityStatus activityStatus;

  protected PracticePeriod() {}

  static PracticePeriod of(PracticeData data) {
    PracticePeriod p = new PracticePeriod();
    p.startedOn = data.startedOn();
    p.endedOn = data.endedOn();
    p.activityStatus = data.activityStatus();
    return p;
  }

  LocalDate startedOn() {
    return startedOn;
  }

  LocalDate endedOn() {
    return endedOn;
  }

  ActivityStatus activityStatus() {
    return activityStatus;
  }
}
