package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.boforum.event.EventData.Contact;

/** Who to ask about an event, as part of its row; may be read as null when every part is. */
@Embeddable
public class EventContact {
  @Column(name = "contact_name")
  private String name;

  @Column(name = "contact_email")
  private String email;

  @Column(name = "contact_phone")
  private String phone;

  protected EventContact() {}

  static EventContact of(Contact c) {
    EventContact e = new EventContact();
    e.name = c.name();
    e.email = c.email();
    e.phone = c.phone();
    return e;
  }

  static Contact data(EventContact c) {
    return c == null ? Contact.NONE : new Contact(c.name, c.email, c.phone);
  }
}
