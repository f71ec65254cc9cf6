package no.boforum.practice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import no.boforum.platform.text.MarkdownRenderer;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;

/** Backs {@code practice.xhtml}, reached as {@code /practices/<slug>}. */
@Named("practiceView")
@RequestScoped
public class PracticeView {
  @Inject PracticeService practices;
  @Inject MarkdownRenderer markdown;
  @Inject FacesContext faces;

  private String slug;
  private PracticeDetails practice;
  private String bodyHtml;

  /** Loads the practice, or answers 404 with the not-found page. */
  public void load() throws IOException {
    practice = slug == null ? null : practices.find(slug).orElse(null);
    if (practice == null) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    bodyHtml = markdown.toSafeHtml(practice.body());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public PracticeDetails getPractice() {
    return practice;
  }

  public String getBodyHtml() {
    return bodyHtml;
  }
}
