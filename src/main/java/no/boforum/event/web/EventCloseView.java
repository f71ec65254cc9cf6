package no.boforum.event.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.boforum.event.ClosingReport;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.event.EventClosing;
import no.boforum.event.EventEditing;
import no.boforum.event.FindingKind;
import no.boforum.identity.AccessDeniedException;
import no.boforum.platform.Conflict;
import no.boforum.platform.InputProblem;
import no.boforum.platform.web.FacesMessages;

/**
 * The host's page that closes a forum: a short report and findings, each of a kind, with the
 * practices it links (slugs, separated by spaces or commas). Three empty rows are offered beyond
 * those written; saving and coming back gives three more. The page also corrects the findings of a
 * closed forum.
 */
@Named
@RequestScoped
public class EventCloseView {
  static final int BLANK_ROWS = 3;

  /** One finding as the form holds it. */
  public static class Row {
    private String kind;
    private String text;
    private String practices;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getPractices() {
      return practices;
    }

    public void setPractices(String practices) {
      this.practices = practices;
    }
  }

  @Inject EventEditing editing;
  @Inject EventClosing closing;

  private String slug;
  private String title;
  private String report;
  private final List<Row> rows = new ArrayList<>();
  private boolean loaded;

  /** The view action: only the event's hosts; the form starts from what was written before. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    var editable = slug == null ? null : editing.editable(slug).orElse(null);
    if (editable == null) {
      faces.getExternalContext().responseSendError(404, "");
      faces.responseComplete();
      return;
    }
    title = editable.data().title();
    if (!faces.isPostback() && !loaded) {
      loaded = true;
      closing.report(slug).ifPresent(r -> fill(r));
      for (int i = 0; i < BLANK_ROWS; i++) {
        rows.add(new Row());
      }
    }
  }

  private void fill(ClosingReport r) {
    report = r.report();
    for (ClosingReport.FindingView f : r.findings()) {
      Row row = new Row();
      row.kind = f.kind().name();
      row.text = f.text();
      row.practices = String.join(" ", f.practices().stream().map(p -> p.slug()).toList());
      rows.add(row);
    }
  }

  /** The kind chosen in a row; a value no option has (a tampered form) counts as none. */
  private static FindingKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return FindingKind.valueOf(value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public String close() throws IOException {
    List<FindingData> findings = new ArrayList<>();
    for (Row r : rows) {
      if (r.text == null || r.text.isBlank()) {
        continue;
      }
      findings.add(
          new FindingData(
              kind(r.kind),
              r.text,
              r.practices == null
                  ? List.of()
                  : Arrays.stream(r.practices.split("[\\s,]+"))
                      .filter(s -> !s.isBlank())
                      .toList()));
    }
    try {
      closing.close(slug, report, findings);
      FacesMessages.flash("event.close.done");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(FacesMessages.request().getContextPath() + "/events/" + slug + "#report");
    } catch (InputProblem p) {
      FacesMessages.show("close", p);
    } catch (Conflict c) {
      FacesMessages.error(null, c.messageKey(), c.arguments());
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
    }
    return null;
  }

  /** Rows posted back: as many as the form had (JSF fills them by index). */
  public List<Row> getRows() {
    if (rows.isEmpty() && FacesContext.getCurrentInstance().isPostback()) {
      String n = FacesMessages.request().getParameter("rows");
      int count = BLANK_ROWS;
      try {
        count = n == null ? BLANK_ROWS : Math.max(0, Math.min(Integer.parseInt(n), 60));
      } catch (NumberFormatException e) {
        // A tampered count: the rows offered by default.
      }
      for (int i = 0; i < count; i++) {
        rows.add(new Row());
      }
    }
    return rows;
  }

  public List<FindingKind> getKinds() {
    return List.of(FindingKind.values());
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public String getReport() {
    return report;
  }

  public void setReport(String report) {
    this.report = report;
  }
}
