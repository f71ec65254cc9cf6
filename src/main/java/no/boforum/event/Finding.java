package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/** A finding of a closed forum: a short text of a kind, perhaps linked to practices (by slug). */
@Entity
@Table(name = "event_finding")
public class Finding {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingKind kind;

  @Column(nullable = false)
  private String text;

  private String practices;

  protected Finding() {}

  Finding(Long eventId, int position, FindingKind kind, String text, List<String> practices) {
    this.eventId = eventId;
    this.position = position;
    this.kind = kind;
    this.text = text;
    this.practices = practices.isEmpty() ? null : String.join(" ", practices);
  }

  public Long getId() {
    return id;
  }

  public Long getEventId() {
    return eventId;
  }

  public int getPosition() {
    return position;
  }

  public FindingKind getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public List<String> getPractices() {
    return practices == null || practices.isBlank()
        ? List.of()
        : Arrays.asList(practices.split(" "));
  }
}
