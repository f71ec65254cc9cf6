package no.boforum.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import no.boforum.identity.Authorization;
import no.boforum.search.SearchAction;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchReindex;
import no.boforum.search.SearchReindex.Progress;
import no.boforum.search.SearchService;
import no.boforum.search.SearchUnavailableException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The search index for administrators: rebuild it (a new index, then an alias swap, so search never
 * goes empty) and follow the progress. The command for operators is {@code curl -X POST} here with
 * an administrator's session.
 */
@Path("admin/search-index")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchIndexResource {
  @Inject SearchReindex reindex;
  @Inject SearchService search;
  @Inject SearchKinds kinds;
  @Inject Authorization authorization;

  @GET
  @Operation(summary = "Progress of the last rebuild of the search index (administrators)")
  public Progress progress() {
    authorization.require(SearchAction.ADMINISTER_INDEX);
    return reindex.progress();
  }

  @GET
  @Path("request")
  @Operation(
      summary = "The query the portal sends to Elasticsearch for these search parameters",
      description =
          "Takes the parameters of GET /api/search and answers the JSON body the portal would"
              + " send to the kinds' index aliases (administrators; for benchmarks and diagnosis).")
  @APIResponse(responseCode = "503", description = "the index is not reachable")
  public String request(
      @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
    authorization.require(SearchAction.ADMINISTER_INDEX);
    try {
      return search.requestBody(SearchResource.query(kinds, uri.getQueryParameters(), page, size));
    } catch (SearchUnavailableException e) {
      throw new ServiceUnavailableException("the search index is not reachable");
    }
  }

  @POST
  @Path("rebuild")
  @Operation(
      summary = "Rebuild the search index of one kind, or of every kind (administrators)",
      description = "Runs in the background; ?kind=practice rebuilds that kind's index only.")
  @APIResponse(responseCode = "202", description = "started; follow GET /api/admin/search-index")
  @APIResponse(responseCode = "404", description = "no such kind")
  @APIResponse(responseCode = "409", description = "a rebuild is running, or the index is down")
  public Response rebuild(@QueryParam("kind") String kind) {
    authorization.require(SearchAction.ADMINISTER_INDEX);
    Optional<String> chosen = Optional.ofNullable(kind).filter(k -> !k.isBlank());
    if (chosen.isPresent() && kinds.named(chosen.get()).isEmpty()) {
      throw new NotFoundException("no searchable kind " + chosen.get());
    }
    return reindex.start(chosen)
        ? Response.accepted(reindex.progress()).build()
        : Response.status(409).entity(reindex.progress()).build();
  }
}
