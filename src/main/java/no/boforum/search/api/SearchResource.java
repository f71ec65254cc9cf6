package no.boforum.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import no.boforum.platform.api.PageRequest;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;

/** Full-text search as JSON: {@code GET /api/search?q=...&county=...&page=...}. */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {
  @Inject SearchService search;

  @GET
  public SearchResult search(
      @QueryParam("q") String q,
      @QueryParam("evidenceLevel") String evidenceLevel,
      @QueryParam("county") String county,
      @QueryParam("language") String language,
      @QueryParam("page") String page,
      @QueryParam("size") String size) {
    PageRequest request = PageRequest.parse(page, size, 10, SearchQuery.MAX_PAGE_SIZE);
    Map<String, String> filters = new HashMap<>();
    filters.put("evidenceLevel", evidenceLevel);
    filters.put("county", county);
    filters.put("language", language);
    return search.search(new SearchQuery(q, filters, request.page(), request.size()));
  }
}
