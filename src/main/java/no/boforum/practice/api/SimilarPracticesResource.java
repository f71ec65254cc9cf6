package no.boforum.practice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.boforum.practice.search.PracticeSearchKind;
import no.boforum.search.SimilarDocuments;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /api/search/similar/{slug}}: practices like one, from search's more-like-this. */
@Path("search/similar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SimilarPracticesResource {
  @Inject SimilarDocuments similar;

  @GET
  @Path("{slug}")
  @Operation(
      summary = "Published practices like this one, by the words they share (at most 4)",
      description = "Empty when the index cannot answer, or when nothing is alike enough.")
  public List<SimilarDocuments.Similar> similar(@PathParam("slug") String slug) {
    return similar.like(PracticeSearchKind.NAME, slug);
  }
}
