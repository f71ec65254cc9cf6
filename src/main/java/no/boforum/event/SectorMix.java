package no.boforum.event;

import java.util.List;

/**
 * Who is coming, by sector, as anyone may see it: counts only, never names.
 *
 * @param capacity null for an event without a limit
 */
public record SectorMix(
    List<SectorCount> sectors,
    long confirmed,
    long waiting,
    Integer capacity,
    List<GroupSeats> groups) {
  /** Confirmed registrations of one sector. */
  public record SectorCount(String sector, long count) {}

  /** A seat group's seats and how many of them are taken. */
  public record GroupSeats(String name, int seats, long taken, long waiting) {}
}
