package no.boforum.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A code in a taxonomy (a theme, a target group, a place) as content keeps it in a collection table
 * of its own: practices and events both classify themselves with these.
 */
@Embeddable
public class TermCode {
  @Column(nullable = false)
  private String taxonomy;

  @Column(nullable = false)
  private String code;

  protected TermCode() {}

  public TermCode(String taxonomy, String code) {
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
    return o instanceof TermCode t && t.taxonomy.equals(taxonomy) && t.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxonomy, code);
  }
}
