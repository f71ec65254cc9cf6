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

/** Practices as JSON. */
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PracticeResource {
  static final int MAX_SIZE = 100;

  @Inject PracticeService practices;

  @GET
  public Page<PracticeSummary> list(
      @QueryParam("page") String page, @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    return new Page<>(practices.count(), practices.latest(request.offset(), request.size()));
  }

  @GET
  @Path("{slug}")
  public PracticeDetails get(@PathParam("slug") String slug) {
    return practices.findBySlug(slug).orElseThrow(NotFoundException::new);
  }
}
