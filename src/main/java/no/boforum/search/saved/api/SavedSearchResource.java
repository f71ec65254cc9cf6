package no.boforum.search.saved.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import no.boforum.identity.Authorization;
import no.boforum.search.SearchAction;
import no.boforum.search.saved.SavedSearchService;
import no.boforum.search.saved.SavedSearchSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The logged-in user's saved searches. Anonymous callers get 401; another's search is a 404. */
@Path("saved-searches")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SavedSearchResource {
  /**
   * A search to save: {@code queryString} in the search page's address form ({@code
   * q=bolig&county=46}); unknown parameters and the page number are dropped.
   */
  public record NewSavedSearch(String name, String queryString) {}

  /** A change: a new name, the alert on or off; a field left out stays as it is. */
  public record SavedSearchChange(String name, Boolean alert) {}

  @Inject Authorization authorization;
  @Inject SavedSearchService saved;

  @GET
  @Operation(summary = "My saved searches, newest first")
  public List<SavedSearchSummary> list() {
    return saved.list(me());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a search",
      description =
          "The alert is on: a daily mail names practices published later that match. At most "
              + SavedSearchService.MAX_PER_USER
              + " per user; the same search cannot be saved twice.")
  @APIResponse(responseCode = "201", description = "saved; Location is its address")
  @APIResponse(responseCode = "400", description = "no name, too long, limit reached or saved")
  public Response save(NewSavedSearch input) {
    NewSavedSearch in = input == null ? new NewSavedSearch(null, null) : input;
    SavedSearchSummary s = saved.save(me(), in.name(), in.queryString());
    return Response.created(UriBuilder.fromPath("saved-searches/{id}").build(s.id()))
        .entity(s)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Rename a saved search, or turn its daily alert on or off")
  @APIResponse(responseCode = "404", description = "no such saved search of mine")
  public SavedSearchSummary update(@PathParam("id") long id, SavedSearchChange change) {
    SavedSearchChange c = change == null ? new SavedSearchChange(null, null) : change;
    return saved.update(me(), id, c.name(), c.alert());
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Delete a saved search")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "404", description = "no such saved search of mine")
  public Response delete(@PathParam("id") long id) {
    saved.delete(me(), id);
    return Response.noContent().build();
  }

  private long me() {
    return authorization.require(SearchAction.KEEP_SAVED_SEARCHES).userId();
  }
}
