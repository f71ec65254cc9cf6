package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What follows an event, as part of its row (V14): the host's closing report, and how many times
 * the hosts were reminded to write it. Never read as null: the count is never null.
 */
@Embeddable
public class EventAfterwards {
  @Column(name = "closing_report")
  private String report;

  @Column(name = "close_reminders", nullable = false)
  private int reminders;

  public String getReport() {
    return report;
  }

  void setReport(String report) {
    this.report = report;
  }

  public int getReminders() {
    return reminders;
  }

  void setReminders(int reminders) {
    this.reminders = reminders;
  }
}
