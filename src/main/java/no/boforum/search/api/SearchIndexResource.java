package no.boforum.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.boforum.identity.Action;
import no.boforum.identity.Authorization;
import no.boforum.search.SearchReindex;
import no.boforum.search.SearchReindex.Progress;
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
  @Inject Authorization authorization;

  @GET
  @Operation(summary = "Progress of the last rebuild of the search index (administrators)")
  public Progress progress() {
    authorization.require(Action.VIEW_ADMIN_AREA);
    return reindex.progress();
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Rebuild the search index in the background (administrators)")
  @APIResponse(responseCode = "202", description = "started; follow GET /api/admin/search-index")
  @APIResponse(responseCode = "409", description = "a rebuild is running, or the index is down")
  public Response rebuild() {
    authorization.require(Action.VIEW_ADMIN_AREA);
    return reindex.start()
        ? Response.accepted(reindex.progress()).build()
        : Response.status(409).entity(reindex.progress()).build();
  }
}
