package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import no.boforum.event.EventData;
import no.boforum.event.EventDetails;
import no.boforum.event.EventEditing;
import no.boforum.event.EventEditing.Transition;
import no.boforum.event.EventFilter;
import no.boforum.event.EventFormat;
import no.boforum.event.EventService;
import no.boforum.event.EventState;
import no.boforum.event.EventSummary;
import no.boforum.event.UnknownEventException;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.Harvest;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Events as JSON: the public calendar, and the hosts' writes through the event's life. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class EventResource {
  static final int MAX_SIZE = 100;

  /** A move through the event's life. */
  public record Move(String transition) {}

  /** Where an event is after a write. */
  public record Saved(String slug, EventState state, long version) {}

  /** An event for its editor: the facts, including the join link, and the version to send back. */
  public record ForEditor(String slug, EventState state, EventData data, long version) {}

  @Inject EventService events;
  @Inject EventEditing editing;
  @Inject OrganisationService organisations;
  @Context Request httpRequest;
  @Context HttpServletResponse httpResponse;

  @GET
  @Operation(summary = "Published events: upcoming (soonest first) or past (latest first)")
  @APIResponse(responseCode = "400", description = "a parameter is not valid")
  @APIResponse(
      responseCode = "304",
      description = "no event changed or ended since If-Modified-Since")
  public Page<EventSummary> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "events per page, 1 to 100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "true: events that have ended") @QueryParam("past") boolean past,
      @Parameter(description = "a county code") @QueryParam("county") String county,
      @Parameter(description = "a theme code") @QueryParam("theme") String theme,
      @Parameter(description = "IN_PERSON, DIGITAL or HYBRID") @QueryParam("format") String format,
      @Parameter(description = "the month it starts in, as 2027-03") @QueryParam("month")
          String month,
      @Parameter(description = Harvest.DESCRIPTION) @QueryParam(Harvest.PARAMETER)
          String changedSince) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    LocalDateTime since = Harvest.changedSince(changedSince).orElse(null);
    Harvest.lastModified(httpRequest, httpResponse, events.lastChange());
    EventFilter filter =
        new EventFilter(
            past, blank(county), blank(theme), format(format), month(month), false, since);
    return new Page<>(events.count(filter), events.list(filter, request.offset(), request.size()));
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One event with its agenda, seats and hosts (no join link, no names)")
  @APIResponse(responseCode = "404", description = "no event has this slug that you may see")
  public EventDetails get(@PathParam("slug") String slug) {
    return events.find(slug).orElseThrow(() -> new UnknownEventException(slug));
  }

  @GET
  @Path("{slug}/editable")
  @Operation(summary = "The event's facts for its editor, with the join link (hosts only)")
  @APIResponse(responseCode = "404", description = "no event has this slug that you run")
  public ForEditor editable(@PathParam("slug") String slug) {
    return editing
        .editable(slug)
        .map(e -> new ForEditor(e.slug(), e.state(), e.data(), e.version()))
        .orElseThrow(() -> new UnknownEventException(slug));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a draft (event hosts, editors of verified organisations)")
  @APIResponse(responseCode = "201", description = "created as a draft")
  public Response create(EventInput input) {
    String slug = editing.create(require(input).toData(organisations));
    EventDetails created = get(slug);
    return Response.created(UriBuilder.fromPath("/api/events/{slug}").build(slug))
        .entity(new Saved(slug, created.state(), created.version()))
        .build();
  }

  @PUT
  @Path("{slug}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save changed facts; 'version' must be the one last read")
  @APIResponse(responseCode = "409", description = "changed meanwhile, cancelled or closed")
  public Saved update(@PathParam("slug") String slug, EventInput input) {
    if (require(input).version() == null) {
      throw new InputProblem("version", "event.versionRequired");
    }
    long version = editing.update(slug, input.toData(organisations), input.version());
    return new Saved(slug, get(slug).state(), version);
  }

  @POST
  @Path("{slug}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "PUBLISH a draft, CANCEL a published event, CLOSE one that is over")
  @APIResponse(responseCode = "409", description = "the move is impossible from the present state")
  public Saved move(@PathParam("slug") String slug, Move move) {
    if (move == null || move.transition() == null) {
      throw new BadRequestException("A body with 'transition' is required");
    }
    Transition transition;
    try {
      transition = Transition.valueOf(move.transition().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("transition", "event.transitionUnknown", move.transition());
    }
    EventState state = editing.move(slug, transition);
    return new Saved(slug, state, get(slug).version());
  }

  @DELETE
  @Path("{slug}")
  @Operation(summary = "Delete a draft")
  @APIResponse(responseCode = "204", description = "deleted")
  @APIResponse(responseCode = "409", description = "not a draft")
  public Response delete(@PathParam("slug") String slug) {
    editing.deleteDraft(slug);
    return Response.noContent().build();
  }

  private static EventInput require(EventInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return input;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static EventFormat format(String format) {
    if (format == null || format.isBlank()) {
      return null;
    }
    try {
      return EventFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("format", "event.formatRequired");
    }
  }

  private static YearMonth month(String month) {
    if (month == null || month.isBlank()) {
      return null;
    }
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InputProblem("month", "event.monthInvalid");
    }
  }
}
