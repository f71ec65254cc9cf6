package no.boforum.opendata.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import no.boforum.opendata.export.ExportBuild;
import no.boforum.opendata.export.OpenDataService;
import no.boforum.platform.web.PublicUrls;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The bulk export: when it was built, what it holds, where to fetch it. */
@Path("open-data")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class OpenDataResource {
  /**
   * The export as it stands.
   *
   * @param download the ZIP's address, null until the first export is built
   * @param records the number of records per dataset
   * @param requestedAt a fresh export asked for and not yet built
   */
  public record Export(
      String download,
      Instant builtAt,
      Long sizeBytes,
      String sha256,
      Map<String, Integer> records,
      Instant requestedAt) {}

  /** When a fresh export was asked for. */
  public record Requested(Instant requestedAt) {}

  @Inject OpenDataService openData;

  @Inject
  @ConfigProperty(name = "boforum.public-url")
  String publicUrl;

  @GET
  @Operation(
      summary = "The bulk export of open data",
      description =
          "When it was last built and how many records of each kind it holds; the ZIP is at"
              + " /open-data/boforum-open-data.zip (CSV and JSON per kind, a README for every"
              + " column; CC BY 4.0).")
  public Export export() {
    OpenDataService.Status status = openData.status();
    Instant pending = status.pending().orElse(null);
    if (status.latest().isEmpty()) {
      return new Export(null, null, null, null, Map.of(), pending);
    }
    ExportBuild b = status.latest().get();
    return new Export(
        PublicUrls.base(publicUrl) + "open-data/boforum-open-data.zip",
        b.finishedAt(),
        b.sizeBytes(),
        b.sha256(),
        b.counts(),
        pending);
  }

  @POST
  @Path("builds")
  @Operation(summary = "Ask for a fresh export now (administrators)")
  @APIResponse(responseCode = "202", description = "asked; follow GET /api/open-data")
  public Response build() {
    return Response.accepted(new Requested(openData.requestExport())).build();
  }
}
