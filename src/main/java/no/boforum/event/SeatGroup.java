package no.boforum.event;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.boforum.event.EventData.SeatGroupData;

/** Seats of an event kept for some sectors, with a waiting list of their own. */
@Entity
@Table(name = "event_seat_group")
public class SeatGroup {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private int seats;

  @ElementCollection
  @CollectionTable(
      name = "event_seat_group_sector",
      joinColumns = @JoinColumn(name = "seat_group_id"))
  @Column(name = "sector")
  private Set<String> sectors = new HashSet<>();

  protected SeatGroup() {}

  SeatGroup(Long eventId, int position) {
    this.eventId = eventId;
    this.position = position;
  }

  void update(SeatGroupData d) {
    name = d.name();
    seats = d.seats();
    sectors.clear();
    sectors.addAll(d.sectors());
  }

  SeatGroupData data() {
    return new SeatGroupData(name, seats, List.copyOf(sectors).stream().sorted().toList());
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

  public String getName() {
    return name;
  }

  public int getSeats() {
    return seats;
  }

  public Set<String> getSectors() {
    return Set.copyOf(sectors);
  }

  public boolean covers(String sector) {
    return sectors.contains(sector);
  }
}
