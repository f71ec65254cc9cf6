package no.boforum.opendata.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Authorization;
import no.boforum.opendata.OpenDataAction;
import no.boforum.opendata.export.ExportBuild;
import no.boforum.opendata.export.ExportStore;
import no.boforum.opendata.export.OpenDataService;
import no.boforum.platform.web.FacesMessages;
import no.boforum.platform.web.Language;

/** The open-data page: the last export, its contents, and a fresh one for administrators. */
@Named
@RequestScoped
public class OpenDataView {
  /** One dataset's line on the page. */
  public record Line(String name, int records) {}

  @Inject OpenDataService openData;
  @Inject ExportStore store;
  @Inject Authorization authorization;
  @Inject Language language;

  private OpenDataService.Status status;

  private OpenDataService.Status status() {
    if (status == null) {
      status = openData.status();
    }
    return status;
  }

  /** The last export whose file is there to download, or null. */
  public ExportBuild getLatest() {
    return status().latest().filter(b -> store.file(b).isPresent()).orElse(null);
  }

  public Instant getPending() {
    return status().pending().orElse(null);
  }

  /** The datasets with their numbers of records in the last export, in the export's order. */
  public List<Line> getLines() {
    ExportBuild latest = getLatest();
    return openData.datasetNames().stream()
        .map(n -> new Line(n, latest == null ? 0 : latest.counts().getOrDefault(n, 0)))
        .toList();
  }

  /** The size in kilobytes or megabytes, with the page's decimal mark. */
  public String size(long bytes) {
    java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(language.getLocale());
    f.setMaximumFractionDigits(1);
    return bytes >= 1_048_576
        ? f.format(bytes / 1_048_576.0) + " MB"
        : f.format(bytes / 1024.0) + " kB";
  }

  /** A moment in Norwegian time, in the page's language. */
  public String when(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .withZone(ZoneId.of("Europe/Oslo"))
            .format(instant);
  }

  public boolean isMayRequest() {
    return authorization.allows(OpenDataAction.REQUEST_EXPORT);
  }

  public String request() {
    try {
      openData.requestExport();
      FacesMessages.flash("opendata.requested");
      return "/open-data?faces-redirect=true";
    } catch (AccessDeniedException e) {
      FacesMessages.error(null, "error.forbidden.text");
      return null;
    }
  }
}
