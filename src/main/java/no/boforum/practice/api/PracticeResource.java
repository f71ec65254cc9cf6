package no.boforum.practice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Practices as JSON. */
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PracticeResource {
  static final int MAX_SIZE = 100;

  @Inject PracticeService practices;

  @GET
  @Operation(summary = "Practices, most recently updated first")
  @APIResponse(responseCode = "400", description = "page or size is not a valid number")
  public Page<PracticeSummary> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "practices per page, 1 to 100 (default 20)") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    return new Page<>(practices.count(), practices.latest(request.offset(), request.size()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One practice, with its description as Markdown")
  @APIResponse(responseCode = "404", description = "no practice has this slug")
  public PracticeDetails get(@PathParam("slug") String slug) {
    return practices.findBySlug(slug).orElseThrow(NotFoundException::new);
  }
}
