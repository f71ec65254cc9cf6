package no.boforum.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/** A category of threads, kept as data in {@code content/discussions/categories.yaml}. */
@Entity
@Table(name = "discussion_category")
public class Category {
  @Id private String code;

  @Column(nullable = false)
  private int position;

  @Column(name = "label_nb", nullable = false)
  private String labelNb;

  @Column(name = "label_nn", nullable = false)
  private String labelNn;

  @Column(name = "label_en", nullable = false)
  private String labelEn;

  protected Category() {}

  public Category(String code) {
    this.code = code;
  }

  /** Sets the place and labels; true if any of them differed. */
  boolean relabel(int position, String nb, String nn, String en) {
    boolean changed =
        this.position != position
            || !Objects.equals(labelNb, nb)
            || !Objects.equals(labelNn, nn)
            || !Objects.equals(labelEn, en);
    this.position = position;
    this.labelNb = nb;
    this.labelNn = nn;
    this.labelEn = en;
    return changed;
  }

  public String getCode() {
    return code;
  }

  public int getPosition() {
    return position;
  }

  /** The label in the language (nb, nn or en; bokmål for any other). */
  public String label(Locale locale) {
    return switch (locale == null ? "nb" : locale.getLanguage()) {
      case "nn" -> labelNn;
      case "en" -> labelEn;
      default -> labelNb;
    };
  }
}
