package no.boforum.practice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.Harvest;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import no.boforum.practice.ActivityStatus;
import no.boforum.practice.AdoptionService;
import no.boforum.practice.AdoptionView;
import no.boforum.practice.AttachmentService;
import no.boforum.practice.AttachmentView;
import no.boforum.practice.EvidenceLevel;
import no.boforum.practice.PracticeDetails;
import no.boforum.practice.PracticeEditing;
import no.boforum.practice.PracticeFilter;
import no.boforum.practice.PracticeFilter.Sort;
import no.boforum.practice.PracticeRevisions.RevisionView;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeState;
import no.boforum.practice.PracticeSummary;
import no.boforum.practice.PracticeWorkflow.Transition;
import no.boforum.practice.RevisionDiff.FieldChange;
import no.boforum.practice.UnknownPracticeException;
import no.boforum.taxonomy.Taxonomies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Practices as JSON: the public catalogue, and the editors' writes through the workflow. */
@Path("practices")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PracticeResource {
  static final int MAX_SIZE = 100;

  /** A move through the workflow, with an optional note kept in the revision. */
  public record Move(String transition, String note) {}

  /** Where a practice is after a write. */
  public record Saved(String slug, PracticeState state, long version) {}

  @Inject PracticeService practices;
  @Inject PracticeEditing editing;
  @Inject OrganisationService organisations;
  @Inject AdoptionService adoptions;
  @Inject AttachmentService attachments;
  @Context Request httpRequest;
  @Context HttpServletResponse httpResponse;

  @GET
  @Operation(summary = "Published practices, filtered by the taxonomies and sorted")
  @APIResponse(responseCode = "400", description = "page, size or changedSince is not valid")
  @APIResponse(
      responseCode = "304",
      description = "no practice or adoption changed since If-Modified-Since")
  public Page<PracticeSummary> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "practices per page, 1 to 100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "updated (default), title, spread or evidence") @QueryParam("sort")
          String sort,
      @Parameter(description = "a theme code") @QueryParam("theme") String theme,
      @Parameter(description = "a target group code") @QueryParam("targetGroup") String targetGroup,
      @Parameter(description = "an actor type code") @QueryParam("actorType") String actorType,
      @Parameter(description = "a voluntary-sector role code") @QueryParam("voluntaryRole")
          String voluntaryRole,
      @Parameter(description = "a funding code") @QueryParam("funding") String funding,
      @Parameter(description = "a county code: practices in it or in its municipalities")
          @QueryParam("county")
          String county,
      @Parameter(description = "an evidence level code") @QueryParam("evidenceLevel")
          String evidenceLevel,
      @Parameter(description = "planned, active or ended") @QueryParam("status") String status,
      @Parameter(description = "nb, nn or en") @QueryParam("language") String language,
      @Parameter(description = Harvest.DESCRIPTION) @QueryParam(Harvest.PARAMETER)
          String changedSince) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    Optional<LocalDateTime> since = Harvest.changedSince(changedSince);
    Harvest.lastModified(httpRequest, httpResponse, practices.lastChange());
    Map<String, String> terms = new HashMap<>();
    terms.put(Taxonomies.THEME, theme);
    terms.put(Taxonomies.TARGET_GROUP, targetGroup);
    terms.put(Taxonomies.ACTOR_TYPE, actorType);
    terms.put(Taxonomies.VOLUNTARY_ROLE, voluntaryRole);
    terms.put(Taxonomies.FUNDING, funding);
    terms.values().removeIf(v -> v == null || v.isBlank());
    PracticeFilter filter =
        new PracticeFilter(
            terms, county, level(evidenceLevel), status(status), language, since.orElse(null));
    return new Page<>(
        practices.count(filter),
        practices.list(filter, Sort.parse(sort), request.offset(), request.size()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One practice with every fact, its adoptions and attachments")
  @APIResponse(responseCode = "404", description = "no practice has this slug that you may see")
  public PracticeDetails get(@PathParam("slug") String slug) {
    return practices.find(slug).orElseThrow(() -> new UnknownPracticeException(slug));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft (editors of the owning organisation)")
  @APIResponse(responseCode = "201", description = "created as a draft")
  public Response create(PracticeInput input) {
    String slug = editing.create(require(input).toData(organisations), input.note());
    PracticeDetails created = get(slug);
    return Response.created(UriBuilder.fromPath("/api/practices/{slug}").build(slug))
        .entity(new Saved(slug, created.state(), created.version()))
        .build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save changed facts; 'version' must be the one last read")
  @APIResponse(responseCode = "409", description = "changed meanwhile, or archived")
  public Saved update(@PathParam("slug") String slug, PracticeInput input) {
    if (require(input).version() == null) {
      throw new InputProblem("version", "practice.versionRequired");
    }
    long version = editing.update(slug, input.toData(organisations), input.version(), input.note());
    return new Saved(slug, get(slug).state(), version);
  }

  @POST
  @Path("{slug}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move through the workflow: SUBMIT, PUBLISH, TO_DRAFT or ARCHIVE")
  @APIResponse(responseCode = "409", description = "the move is impossible from the present state")
  @APIResponse(responseCode = "403", description = "you may not make this move")
  public Saved move(@PathParam("slug") String slug, Move move) {
    if (move == null || move.transition() == null) {
      throw new BadRequestException("A body with 'transition' is required");
    }
    Transition transition;
    try {
      transition = Transition.valueOf(move.transition().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("transition", "practice.transitionUnknown", move.transition());
    }
    PracticeState state = editing.move(slug, transition, move.note());
    return new Saved(slug, state, get(slug).version());
  }

  @POST
  @Path("{slug}/review-confirmation")
  @Operation(summary = "Confirm that a published practice is still accurate")
  @APIResponse(responseCode = "204", description = "confirmed; the review flag is cleared")
  public Response confirmReviewed(@PathParam("slug") String slug) {
    editing.confirmReviewed(slug);
    return Response.noContent().build();
  }

  @GET
  @Path("{slug}/revisions")
  @Operation(summary = "The revisions, newest first (members of the owner, reviewers)")
  public List<RevisionView> revisions(@PathParam("slug") String slug) {
    return editing.history(slug);
  }

  @GET
  @Path("{slug}/revisions/compare")
  @Operation(summary = "What changed between two revisions, field by field, with labels")
  public List<FieldChange> compare(
      @PathParam("slug") String slug,
      @QueryParam("from") int from,
      @QueryParam("to") int to,
      @Parameter(description = "nb (default), nn or en: the language of the labels")
          @QueryParam("language")
          String language) {
    return editing.compare(slug, from, to, language == null ? "nb" : language);
  }

  @POST
  @Path("{slug}/adoptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report that your organisation took up a published practice")
  @APIResponse(responseCode = "201", description = "reported")
  @APIResponse(responseCode = "409", description = "this organisation already reported it there")
  public Response report(
      @PathParam("slug") String slug, PracticeExtrasResource.AdoptionInput input) {
    AdoptionView created = adoptions.report(slug, requireAdoption(input).toData(organisations));
    return Response.status(201).entity(created).build();
  }

  @POST
  @Path("{slug}/attachments")
  @Consumes("application/pdf")
  @Operation(summary = "Attach a PDF (at most 20 MB; its type is checked by content)")
  @APIResponse(
      responseCode = "201",
      description = "attached; its text is extracted and kept for search")
  @APIResponse(responseCode = "400", description = "not a PDF, too large, encrypted or broken")
  @APIResponse(
      responseCode = "503",
      description = "the portal cannot write its file storage just now; nothing was kept")
  @APIResponse(
      responseCode = "507",
      description = "the portal's file storage is full; nothing was kept")
  public Response attach(
      @PathParam("slug") String slug,
      @Parameter(description = "the title to show") @QueryParam("title") String title,
      @Parameter(description = "the file's name") @HeaderParam("X-File-Name") String fileName,
      InputStream body) {
    AttachmentView view = attachments.upload(slug, title, fileName, body);
    return Response.status(201).entity(view).build();
  }

  @DELETE
  @Path("{slug}/attachments/{id}")
  @Operation(summary = "Remove an attachment and its file")
  public Response detach(@PathParam("slug") String slug, @PathParam("id") long id) {
    attachments.remove(slug, id);
    return Response.noContent().build();
  }

  private static PracticeExtrasResource.AdoptionInput requireAdoption(
      PracticeExtrasResource.AdoptionInput input) {
    if (input == null) {
      throw new BadRequestException("A body is required");
    }
    return input;
  }

  private static PracticeInput require(PracticeInput input) {
    if (input == null) {
      throw new BadRequestException("A body with the practice's facts is required");
    }
    return input;
  }

  private static EvidenceLevel level(String code) {
    try {
      return code == null || code.isBlank() ? null : EvidenceLevel.fromCode(code);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unknown evidence level: " + code);
    }
  }

  private static ActivityStatus status(String text) {
    try {
      return text == null || text.isBlank()
          ? null
          : ActivityStatus.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("Unknown status: " + text);
    }
  }
}
