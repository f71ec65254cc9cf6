package no.boforum.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A theme or target group of an event: a code in a taxonomy. */
@Embeddable
public class EventTerm {
  @Column(nullable = false)
  private String taxonomy;

  @Column(nullable = false)
  private String code;

  protected EventTerm() {}

  public EventTerm(String taxonomy, String code) {
    this.taxonomy = taxonomy;
    this.code = code;
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public String getCode() {
    return code;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EventTerm t && t.taxonomy.equals(taxonomy) && t.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxonomy, code);
  }
}
