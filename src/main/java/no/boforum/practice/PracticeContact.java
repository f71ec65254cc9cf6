package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import no.boforum.practice.PracticeData.Contact;

/** Who to ask about a practice, in the practice's own row; every part may be missing. */
@Embeddable
public class PracticeContact {
  @Column(name = "contact_name")
  private String name;

  @Column(name = "contact_role")
  private String role;

  @Column(name = "contact_email")
  private String email;

  @Column(name = "contact_phone")
  private String phone;

  protected PracticeContact() {}

  static PracticeContact of(Contact contact) {
    PracticeContact c = new PracticeContact();
    c.name = contact.name();
    c.role = contact.role();
    c.email = contact.email();
    c.phone = contact.phone();
    return c;
  }

  Contact data() {
    return new Contact(name, role, email, phone);
  }
}
