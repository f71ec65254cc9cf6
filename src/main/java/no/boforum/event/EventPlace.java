package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Where an event happens: a venue with its municipality, a link to join, or both. */
@Embeddable
public class EventPlace {
  @Column(name = "venue_name")
  private String venueName;

  @Column(name = "venue_address")
  private String venueAddress;

  private String municipality;

  @Column(name = "join_link")
  private String joinLink;

  protected EventPlace() {}

  static EventPlace of(EventData d) {
    EventPlace p = new EventPlace();
    p.venueName = d.venueName();
    p.venueAddress = d.venueAddress();
    p.municipality = d.municipality();
    p.joinLink = d.joinLink();
    return p;
  }

  public String getVenueName() {
    return venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public String getMunicipality() {
    return municipality;
  }

  public String getJoinLink() {
    return joinLink;
  }

  /** True if a registrant would go somewhere else, or join by another link. */
  boolean differsFrom(EventPlace o) {
    return o == null
        || !Objects.equals(venueName, o.venueName)
        || !Objects.equals(venueAddress, o.venueAddress)
        || !Objects.equals(municipality, o.municipality)
        || !Objects.equals(joinLink, o.joinLink);
  }
}
