package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One classification of a practice: a code in a taxonomy (a theme, a target group, a place). */
@Embeddable
public class PracticeTerm {
  @Column(nullable = false)
  private String taxonomy;

  @Column(nullable = false)
  private String code;

  protected PracticeTerm() {}

  public PracticeTerm(String taxonomy, String code) {
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
    return o instanceof PracticeTerm t && t.taxonomy.equals(taxonomy) && t.code.equals(code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(taxonomy, code);
  }
}
