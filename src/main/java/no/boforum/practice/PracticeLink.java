package no.boforum.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link from a practice to a report, a website or a video elsewhere. */
@Embeddable
public class PracticeLink {
  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String label;

  protected PracticeLink() {}

  public PracticeLink(String url, String label) {
    this.url = url;
    this.label = label;
  }

  public String getUrl() {
    return url;
  }

  public String getLabel() {
    return label;
  }
}
