package no.boforum.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One term of a taxonomy, with a label per UI language and an optional parent term's code. */
@Entity
@Table(name = "taxonomy_term")
@IdClass(TaxonomyTerm.Key.class)
public class TaxonomyTerm {
  /** The composite key (taxonomy, code). */
  public record Key(String taxonomy, String code) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id private String taxonomy;
  @Id private String code;

  @Column(name = "label_nb", nullable = false)
  private String labelNb;

  @Column(name = "label_nn", nullable = false)
  private String labelNn;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  private String parent;

  @Column(nullable = false)
  private int position;

  /** Relabelled or added by an administrator: the content files no longer decide its labels. */
  private boolean edited;

  protected TaxonomyTerm() {}

  TaxonomyTerm(String taxonomy, String code) {
    this.taxonomy = taxonomy;
    this.code = code;
  }

  /** Sets the labels and place from a content file; true if any of them differed. */
  boolean update(String nb, String nn, String en, String parent, int position) {
    boolean labels =
        !Objects.equals(labelNb, nb)
            || !Objects.equals(labelNn, nn)
            || !Objects.equals(labelEn, en);
    this.labelNb = nb;
    this.labelNn = nn;
    this.labelEn = en;
    return place(parent, position) || labels;
  }

  /** An administrator's labels, kept over later imports. */
  void relabel(String nb, String nn, String en) {
    this.labelNb = nb;
    this.labelNn = nn;
    this.labelEn = en;
    this.edited = true;
  }

  boolean place(String parent, int position) {
    boolean changed = !Objects.equals(this.parent, parent) || this.position != position;
    this.parent = parent;
    this.position = position;
    return changed;
  }

  public boolean isEdited() {
    return edited;
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public String getCode() {
    return code;
  }

  public String getParent() {
    return parent;
  }

  public int getPosition() {
    return position;
  }

  public String label(String language) {
    return switch (language == null ? "nb" : language) {
      case "nn" -> labelNn;
      case "en" -> labelEn;
      default -> labelNb;
    };
  }
}
