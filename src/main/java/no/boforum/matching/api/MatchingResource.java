package no.boforum.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.List;
import no.boforum.matching.FilterParameters;
import no.boforum.matching.MatchingService;
import no.boforum.matching.PostingAdoptions;
import no.boforum.matching.PostingConfirmations;
import no.boforum.matching.PostingData;
import no.boforum.matching.PostingDetails;
import no.boforum.matching.PostingFilter;
import no.boforum.matching.PostingState;
import no.boforum.matching.SuggestedMatch.Suggestions;
import no.boforum.matching.search.SuggestedMatches;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.Harvest;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import no.boforum.taxonomy.Taxonomies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Needs and offers as JSON: the board's list, one posting, and the writes of the owning
 * organisation's editors. Everything answered is public.
 */
@Path("matching")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class MatchingResource {
  static final int MAX_SIZE = 100;

  /**
   * A need or an offer: side (NEED or OFFER) and organisation (slug) when posting; taxonomy codes;
   * dates as yyyy-mm-dd; the practices an offer builds on by slug; version when changing; a need
   * made from a forum finding of what municipalities want names it (fromFinding, its id).
   */
  public record PostingInput(
      String side,
      String organisation,
      String title,
      String body,
      List<String> targetGroups,
      List<String> themes,
      List<String> municipalities,
      String county,
      String neededBy,
      List<String> actorTypes,
      List<String> funding,
      List<String> procurementRoutes,
      String capacity,
      List<String> practices,
      String expiresOn,
      Long version,
      Long fromFinding) {
    PostingData data() {
      return new PostingData(
          side,
          organisation,
          title,
          body,
          targetGroups,
          themes,
          municipalities,
          county,
          neededBy,
          actorTypes,
          funding,
          procurementRoutes,
          capacity,
          practices,
          expiresOn);
    }
  }

  /** The state to move to, and (optionally) the state read: if it moved meanwhile, 409. */
  public record StateInput(String state, String from) {}

  /** The practice the match used: by slug, or by id; neither when an offer builds on one. */
  public record AdoptionInput(String practice, Long practiceId) {}

  @Inject MatchingService matching;
  @Inject SuggestedMatches suggestions;
  @Inject Taxonomies taxonomies;
  @Inject PostingConfirmations confirmations;
  @Inject PostingAdoptions adoptions;
  @Context UriInfo uri;
  @Context Request httpRequest;
  @Context HttpServletResponse httpResponse;

  @GET
  @Operation(summary = "Needs and offers: the current ones (open, in dialogue) unless asked")
  @APIResponse(responseCode = "400", description = "a parameter is not valid")
  @APIResponse(
      responseCode = "304",
      description = "no need or offer changed since If-Modified-Since")
  public Page<PostingDetails> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "items per page, 1 to 100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "NEED or OFFER") @QueryParam("side") String side,
      @Parameter(
              description = "a state (OPEN, IN_DIALOGUE, MATCHED, DONE, WITHDRAWN, EXPIRED) or all")
          @QueryParam("state")
          String state,
      @Parameter(description = "a target group code") @QueryParam("targetGroup") String targetGroup,
      @Parameter(description = "a theme code") @QueryParam("theme") String theme,
      @Parameter(description = "a county code") @QueryParam("county") String county,
      @Parameter(description = "an actor type code") @QueryParam("actorType") String actorType,
      @Parameter(description = "newest (default), expires or title") @QueryParam("sort")
          String sort,
      @Parameter(description = Harvest.DESCRIPTION) @QueryParam(Harvest.PARAMETER)
          String changedSince) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    LocalDateTime since = Harvest.changedSince(changedSince).orElse(null);
    Harvest.lastModified(httpRequest, httpResponse, matching.lastChange());
    PostingFilter filter =
        FilterParameters.filter(
                name ->
                    switch (name) {
                      case "side" -> side;
                      case "state" -> state;
                      case "targetGroup" -> targetGroup;
                      case "theme" -> theme;
                      case "county" -> county;
                      case "actorType" -> actorType;
                      default -> null;
                    },
                true,
                taxonomies::exists)
            .changedSince(since);
    PostingFilter.Sort order = FilterParameters.sort(sort, true);
    return new Page<>(
        matching.count(filter), matching.list(filter, order, request.offset(), request.size()));
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One need or offer")
  @APIResponse(responseCode = "404", description = "no such need or offer")
  public PostingDetails one(@PathParam("id") long id) {
    return matching.get(id);
  }

  @GET
  @Path("{id}/matches")
  @Operation(
      summary =
          "What fits a need or an offer, best first, with the reasons: current offers or needs of"
              + " other organisations, and for a need published practices; none for a closed one")
  @APIResponse(responseCode = "404", description = "no such need or offer")
  public Suggestions matches(
      @PathParam("id") long id,
      @Parameter(description = "how many of each, 1 to 20 (default 10)") @QueryParam("size")
          String size) {
    PostingDetails posting = matching.get(id);
    return suggestions.of(posting, PageRequest.parse(null, size, 10, SuggestedMatches.MAX).size());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Post a need or an offer for an organisation (its editors)")
  @APIResponse(responseCode = "201", description = "posted")
  @APIResponse(responseCode = "400", description = "a field is not valid")
  public Response post(PostingInput input) {
    PostingDetails posted = matching.post(require(input).data(), input.fromFinding());
    return Response.created(URI.create(uri.getBaseUri() + "matching/" + posted.id()))
        .entity(posted)
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a need or an offer (the owner's editors), with the version read")
  @APIResponse(responseCode = "409", description = "changed meanwhile")
  public PostingDetails update(@PathParam("id") long id, PostingInput input) {
    if (require(input).version() == null) {
      throw new InputProblem("version", "matching.version.required");
    }
    return matching.update(id, input.data(), input.version());
  }

  @POST
  @Path("{id}/state")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move a need or an offer to another state (the owner's editors)")
  @APIResponse(
      responseCode = "409",
      description = "the move is impossible from the present state, or it is not the state read")
  public PostingDetails move(@PathParam("id") long id, StateInput input) {
    if (input == null || input.state() == null || input.state().isBlank()) {
      throw new InputProblem("state", "matching.state.required");
    }
    PostingState next = FilterParameters.choice(PostingState.class, "state", input.state(), true);
    PostingState from = FilterParameters.choice(PostingState.class, "from", input.from(), true);
    return matching.move(id, next, from);
  }

  @POST
  @Path("{id}/confirm")
  @Operation(
      summary =
          "Confirm that a current need or offer still stands (the owner's editors): a new period")
  @APIResponse(responseCode = "409", description = "it is not open or in dialogue")
  public PostingDetails confirm(@PathParam("id") long id) {
    return confirmations.confirm(id);
  }

  @POST
  @Path("{id}/adoption")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a done posting of a municipality as its adoption of the practice the match used"
              + " (the owner's editors), once")
  @APIResponse(responseCode = "400", description = "no such published practice named")
  @APIResponse(
      responseCode = "409",
      description = "not done, recorded already, or the owner is not a municipality")
  public PostingDetails adoption(@PathParam("id") long id, AdoptionInput input) {
    AdoptionInput in = input == null ? new AdoptionInput(null, null) : input;
    return adoptions.record(id, in.practice(), in.practiceId());
  }

  private static PostingInput require(PostingInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return input;
  }
}
