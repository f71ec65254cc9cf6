package no.boforum.search.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.boforum.platform.api.PageRequest;
import no.boforum.platform.web.Language;
import no.boforum.search.SearchKinds;
import no.boforum.search.SearchQuery;
import no.boforum.search.SearchResult;
import no.boforum.search.SearchService;
import no.boforum.search.SearchSuggestions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Full-text search as JSON, with the search page's parameters: {@code GET
 * /api/search?q=...&exact=1&county=46&theme=a&theme=b&sort=newest&page=2}.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SearchResource {
  @Inject SearchService search;
  @Inject SearchKinds kinds;
  @Inject SearchSuggestions suggestions;

  @GET
  @Path("suggest")
  @Operation(
      summary = "Suggestions while typing: titles of any kind and taxonomy terms",
      description =
          "Titles with a word starting with what was typed, and terms (with the facet parameter"
              + " and code to filter by) whose label has one. Empty under two letters.")
  public SearchSuggestions.Suggestions suggest(
      @Parameter(description = "what was typed") @QueryParam("q") String q,
      @Parameter(description = "language of the term labels: nb (default), nn or en")
          @QueryParam("language")
          String language) {
    return suggestions.suggest(
        q, language != null && Language.SUPPORTED.contains(language) ? language : "nb");
  }

  @GET
  @Operation(
      summary = "Search practices and every other searchable kind",
      description =
          "Every hit says its kind (type) and the address of its page (path). Bokmål and nynorsk"
              + " are searched as one. Facet parameters may repeat: any of a facet's"
              + " values, and all of the facets, must match. Each facet counts its values with"
              + " the other facets' choices applied. Highlights are HTML in which only <mark> is"
              + " markup. suggestion is a corrected spelling of q, or null. When q finds at most"
              + " 2 hits (before the filters) and its correction at least 10 times as many, and at"
              + " least one, the hits are those of the correction: searchedFor is the text the hits"
              + " were found for (q, or its correction), and correctedFrom is q when it was"
              + " corrected, else absent. Every page, order and filter of a corrected search is"
              + " corrected alike. exact=1 searches q exactly as typed. degraded=true means"
              + " the index could not answer and the hits are plain database matches, without"
              + " highlights, facets or filters.")
  @APIResponse(responseCode = "400", description = "page or size is not a valid number")
  public SearchResult search(
      @Parameter(description = "words to search for; empty lists all") @QueryParam("q") String q,
      @Parameter(
              description =
                  "1 (or true) to search q exactly as typed, never its correction; the default"
                      + " answers a misspelt q that finds (almost) nothing with its correction")
          @QueryParam("exact")
          String exact,
      @Parameter(description = "kinds of content (practice, ...); a facet once there are two")
          @QueryParam("type")
          List<String> type,
      @Parameter(description = "theme codes") @QueryParam("theme") List<String> theme,
      @Parameter(description = "target group codes") @QueryParam("targetGroup")
          List<String> targetGroup,
      @Parameter(description = "county codes (two digits)") @QueryParam("county")
          List<String> county,
      @Parameter(description = "evidence level codes") @QueryParam("evidence")
          List<String> evidence,
      @Parameter(description = "actor type codes") @QueryParam("actorType") List<String> actorType,
      @Parameter(description = "voluntary-sector role codes") @QueryParam("voluntaryRole")
          List<String> voluntaryRole,
      @Parameter(description = "status: PLANNED, ACTIVE or ENDED") @QueryParam("status")
          List<String> status,
      @Parameter(description = "funding codes") @QueryParam("funding") List<String> funding,
      @Parameter(description = "language of the text: nb, nn or en") @QueryParam("language")
          List<String> language,
      @Parameter(description = "relevance (default), newest or evidence") @QueryParam("sort")
          String sort,
      @Parameter(description = "page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "hits per page, 1 to 50 (default 10)") @QueryParam("size")
          String size,
      @Context UriInfo uri) {
    return search.search(query(kinds, uri.getQueryParameters(), page, size));
  }

  /** The query of the parameters, refusing pages past the deepest the index will give. */
  static SearchQuery query(
      SearchKinds kinds, MultivaluedMap<String, String> params, String page, String size) {
    PageRequest request = PageRequest.parse(page, size, 10, SearchQuery.MAX_PAGE_SIZE);
    if ((long) request.page() * request.size() > SearchQuery.MAX_RESULT_WINDOW) {
      throw new BadRequestException(
          "search pages reach no further than hit "
              + SearchQuery.MAX_RESULT_WINDOW
              + "; narrow the search instead");
    }
    SearchQuery query =
        kinds.parse(
            name -> {
              List<String> values = params.get(name);
              return values == null ? null : values.toArray(String[]::new);
            },
            request.size());
    return query.withPage(request.page());
  }
}
