package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Locale;
import no.boforum.event.ClosingReport;
import no.boforum.event.ClosingReport.FindingData;
import no.boforum.event.EventClosing;
import no.boforum.event.FindingActions;
import no.boforum.event.FindingKind;
import no.boforum.event.UnknownEventException;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputLists;
import no.boforum.platform.InputProblem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Closing a forum with its findings, the report anyone may read, and acting on a finding. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ClosingResource {
  /** A finding as the API receives it; {@code kind} is a {@link FindingKind} name. */
  public record FindingInput(String kind, String text, List<String> practices) {}

  /** The host's closing: a report and the findings (replacing any given before). */
  public record ClosingInput(String report, List<FindingInput> findings) {}

  /** Acting on a finding for an organisation that was there; {@code practice} for "try". */
  public record FindingAction(String organisation, String practice) {}

  @Inject EventClosing closing;
  @Inject FindingActions actions;
  @Inject OrganisationService organisations;

  @POST
  @Path("{slug}/closing")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close an event that is over with a report and findings (hosts)")
  @APIResponse(responseCode = "409", description = "not over yet, or not published")
  public ClosingReport close(@PathParam("slug") String slug, ClosingInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    InputLists.atMost("findings", input.findings(), EventClosing.MAX_FINDINGS);
    if (input.findings() != null) {
      input.findings().stream()
          .filter(java.util.Objects::nonNull)
          .forEach(f -> InputLists.atMost("practices", f.practices(), EventClosing.MAX_LINKED));
    }
    List<FindingData> findings =
        input.findings() == null
            ? List.of()
            : input.findings().stream()
                .filter(java.util.Objects::nonNull)
                .map(f -> new FindingData(kind(f.kind()), f.text(), f.practices()))
                .toList();
    closing.close(slug, input.report(), findings);
    return report(slug);
  }

  @GET
  @Path("{slug}/report")
  @Operation(summary = "A closed forum's report: attendance, organisations, sectors, findings")
  @APIResponse(responseCode = "404", description = "no closed event has this slug")
  public ClosingReport report(@PathParam("slug") String slug) {
    return closing.report(slug).orElseThrow(() -> new UnknownEventException(slug));
  }

  @POST
  @Path("{slug}/findings/{id}/practice-draft")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a practice draft from a finding, for an organisation that was there")
  @APIResponse(responseCode = "201", description = "the draft, at its address")
  public Response startPractice(
      @PathParam("slug") String slug, @PathParam("id") long id, FindingAction action) {
    String practice = actions.startPractice(slug, id, organisation(action));
    return Response.created(UriBuilder.fromPath("/api/practices/{slug}").build(practice))
        .entity(java.util.Map.of("slug", practice))
        .build();
  }

  @POST
  @Path("{slug}/findings/{id}/adoptions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "\"We will try this\": a planned adoption of a practice the finding links")
  @APIResponse(responseCode = "204", description = "reported in the practice's spread")
  public Response tryPractice(
      @PathParam("slug") String slug, @PathParam("id") long id, FindingAction action) {
    if (action == null || action.practice() == null) {
      throw new InputProblem("practice", "event.finding.notLinked");
    }
    actions.tryPractice(slug, id, action.practice(), organisation(action));
    return Response.noContent().build();
  }

  private long organisation(FindingAction action) {
    if (action == null || action.organisation() == null) {
      throw new InputProblem("organisation", "event.finding.notPresent");
    }
    return organisations
        .find(action.organisation())
        .map(OrganisationDetails::id)
        .orElseThrow(
            () ->
                new InputProblem(
                    "organisation", "event.organisationUnknown", action.organisation()));
  }

  private static FindingKind kind(String kind) {
    try {
      return kind == null ? null : FindingKind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("findings", "event.findingKindRequired");
    }
  }
}
