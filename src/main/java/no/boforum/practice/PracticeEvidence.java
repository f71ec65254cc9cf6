package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** What is known of a practice's effect and how, in the practice's own row. */
@Embeddable
public class PracticeEvidence {
  @Column(name = "evidence_level", nullable = false)
  private String level;

  @Column(name = "evidence_note")
  private String note;

  @Column(name = "evaluation_planned")
  private LocalDate evaluationPlanned;

  @Column(name = "nordic_evidence")
  private boolean nordic;

  protected PracticeEvidence() {}

  static PracticeEvidence of(PracticeData data) {
    PracticeEvidence e = new PracticeEvidence();
    e.level = data.evidenceLevel().code();
    e.note = data.evidenceNote();
    e.evaluationPlanned = data.evaluationPlanned();
    e.nordic = data.nordicEvidence();
    return e;
  }

  EvidenceLevel level() {
    return EvidenceLevel.fromCode(level);
  }

  String note() {
    return note;
  }

  LocalDate evaluationPlanned() {
    return evaluationPlanned;
  }

  boolean nordic() {
    return nordic;
  }
}
