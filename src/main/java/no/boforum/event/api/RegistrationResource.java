package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import no.boforum.event.EventAccess;
import no.boforum.event.MyRegistration;
import no.boforum.event.RegisteredAs;
import no.boforum.event.Registration;
import no.boforum.event.RegistrationRequest;
import no.boforum.event.Registrations;
import no.boforum.event.SectorMix;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.OpenWrite;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Registrations as JSON: a person's own registration for an event, the public mix of sectors, a
 * host's removal of a registration, and the cancellation link's action. Never anyone's name.
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class RegistrationResource {
  /**
   * A registration as the API receives it.
   *
   * @param as ORGANISATION, PRIVATE_PERSON or USER_REPRESENTATIVE
   * @param organisation the organisation's slug, when {@code as} is ORGANISATION
   */
  public record RegistrationInput(
      String as,
      String organisation,
      Boolean acceptTerms,
      String dietaryNeeds,
      String accessibilityNeeds,
      String freeAnswer) {}

  /** The token of a cancellation link from a mail. */
  public record CancelInput(String token) {}

  /** Where the cancellation left the person: the event's slug. */
  public record Cancelled(String event) {}

  @Inject Registrations registrations;
  @Inject no.boforum.event.RegistrationViews views;
  @Inject OrganisationService organisations;
  @Inject EventAccess access;

  @GET
  @Path("{slug}/registration")
  @Operation(summary = "Your own registration for the event: status, place in line, code")
  @APIResponse(responseCode = "404", description = "you are not registered")
  public Response mine(@PathParam("slug") String slug) {
    access.requireRegister();
    return views
        .mine(slug)
        .map(r -> Response.ok(r).build())
        .orElse(Response.status(404).entity(java.util.Map.of("error", "Not registered")).build());
  }

  @PUT
  @Path("{slug}/registration")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Register yourself: a seat if your sector has one free, else the waiting list")
  @APIResponse(responseCode = "409", description = "already registered, or registration closed")
  public MyRegistration register(@PathParam("slug") String slug, RegistrationInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    access.requireRegister();
    return registrations.register(slug, request(input));
  }

  @DELETE
  @Path("{slug}/registration")
  @Operation(summary = "Cancel your registration (or leave the waiting list)")
  @APIResponse(responseCode = "204", description = "cancelled; a freed seat went to the next")
  public Response cancel(@PathParam("slug") String slug) {
    registrations.cancel(slug);
    return Response.noContent().build();
  }

  @POST
  @Path("{slug}/registration/offer-acceptance")
  @Operation(summary = "Accept the seat you were offered")
  @APIResponse(responseCode = "409", description = "no offer to accept (it may have run out)")
  public MyRegistration accept(@PathParam("slug") String slug) {
    return registrations.acceptOffer(slug);
  }

  @GET
  @Path("{slug}/sectors")
  @Operation(summary = "Who is coming, by sector: counts only, and the seats of each group")
  public SectorMix sectors(@PathParam("slug") String slug) {
    return views.mix(slug);
  }

  @DELETE
  @Path("{slug}/registrations/{id}")
  @Operation(summary = "Remove a registration (hosts); a freed seat goes to the next in line")
  @APIResponse(responseCode = "204", description = "removed")
  public Response remove(@PathParam("slug") String slug, @PathParam("id") long id) {
    registrations.remove(slug, id);
    return Response.noContent().build();
  }

  @POST
  @OpenWrite
  @Path("cancellations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel with the token of a mailed link, without logging in")
  @APIResponse(responseCode = "400", description = "the link is altered or has expired")
  public Cancelled cancelByToken(CancelInput input) {
    return new Cancelled(registrations.cancelByToken(input == null ? null : input.token()));
  }

  @GET
  @Path("registrations/mine")
  @Operation(
      summary =
          "The events you are registered for or waiting for: those to come soonest first, or"
              + " (past=true) those over, the latest first; in pages")
  public Page<MyRegistration> allMine(
      @Parameter(description = "true for events that are over (default false)") @QueryParam("past")
          boolean past,
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "registrations per page, 1 to 100 (default 20)") @QueryParam("size")
          String size) {
    long user = access.requireRegister().userId();
    PageRequest r = PageRequest.parse(page, size, 20, 100);
    return new Page<>(
        views.countOfUser(user, past), views.ofUser(user, past, r.offset(), r.size()));
  }

  private RegistrationRequest request(RegistrationInput input) {
    RegisteredAs as;
    try {
      as = input.as() == null ? null : RegisteredAs.valueOf(input.as().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InputProblem("as", "event.registeredAsRequired");
    }
    Long organisation =
        input.organisation() == null
            ? null
            : organisations
                .find(input.organisation())
                .map(OrganisationDetails::id)
                .orElseThrow(() -> new InputProblem("organisation", "event.notYourOrganisation"));
    return new RegistrationRequest(
        as,
        organisation,
        Boolean.TRUE.equals(input.acceptTerms()),
        new Registration.Answers(
            input.dietaryNeeds(), input.accessibilityNeeds(), input.freeAnswer()));
  }
}
