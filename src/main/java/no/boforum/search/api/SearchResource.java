package no.boforum.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.boforum.platform.api.PageRequest;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SimilarPractices;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Full-text search as JSON: {@code GET /api/search?q=...&county=...&page=...}. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {
  @Inject SearchService search;
  @Inject SimilarPractices similar;

  @GET
  @Path("similar/{slug}")
  @Operation(
      summary = "Published practices like this one, by the words they share (at most 4)",
      description = "Empty when the index cannot answer, or when nothing is alike enough.")
  public List<SimilarPractices.Similar> similar(@PathParam("slug") String slug) {
    return similar.like(slug);
  }

  @GET
  @Operation(
      summary = "Search practices",
      description =
          "Bokmål and nynorsk are searched as one. Highlights are HTML in which only <mark> is"
              + " markup. degraded=true means the index could not answer and the hits are plain"
              + " database matches, without highlights or facets.")
  @APIResponse(responseCode = "400", description = "page or size is not a valid number")
  public SearchResult search(
      @Parameter(description = "words to search for; empty lists all") @QueryParam("q") String q,
      @Parameter(description = "filter: evidence level code") @QueryParam("evidenceLevel")
          String evidenceLevel,
      @Parameter(description = "filter: county name") @QueryParam("county") String county,
      @Parameter(description = "filter: language of the text, nb, nn or en") @QueryParam("language")
          String language,
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "hits per page, 1 to 50 (default 10)") @QueryParam("size")
          String size) {
    PageRequest request = PageRequest.parse(page, size, 10, SearchQuery.MAX_PAGE_SIZE);
    if ((long) request.page() * request.size() > SearchQuery.MAX_RESULT_WINDOW) {
      throw new BadRequestException(
          "search pages reach no further than hit "
              + SearchQuery.MAX_RESULT_WINDOW
              + "; narrow the search instead");
    }
    return search.search(
        new SearchQuery(
            q,
            SearchQuery.filters(evidenceLevel, county, language),
            request.page(),
            request.size()));
  }
}
