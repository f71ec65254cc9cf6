package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDateTime;

/**
 * When registration is open and how many seats there are, as part of the event's row (Oslo
 * wall-clock times): a capacity without seat groups, or the groups' release time with them (the
 * groups themselves are rows of their own, {@link SeatGroup}). May be read as null when every part
 * is.
 */
@Embeddable
public class EventSeating {
  @Column(name = "registration_opens_at")
  private LocalDateTime registrationOpensAt;

  @Column(name = "registration_closes_at")
  private LocalDateTime registrationClosesAt;

  /** Without seat groups (null: no limit); with them, the groups' seats count instead. */
  private Integer capacity;

  @Column(name = "seats_released_at")
  private LocalDateTime seatsReleasedAt;

  protected EventSeating() {}

  static EventSeating of(EventData d) {
    EventSeating s = new EventSeating();
    s.registrationOpensAt = d.registrationOpensAt();
    s.registrationClosesAt = d.registrationClosesAt();
    s.capacity = d.seatGroups().isEmpty() ? d.capacity() : null;
    s.seatsReleasedAt = d.seatGroups().isEmpty() ? null : d.seatsReleasedAt();
    return s;
  }

  static final EventSeating NONE = new EventSeating();

  public LocalDateTime getRegistrationOpensAt() {
    return registrationOpensAt;
  }

  public LocalDateTime getRegistrationClosesAt() {
    return registrationClosesAt;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public LocalDateTime getSeatsReleasedAt() {
    return seatsReleasedAt;
  }
}
