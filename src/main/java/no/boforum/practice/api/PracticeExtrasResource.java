package no.boforum.practice.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.boforum.identity.OrganisationDetails;
import no.boforum.identity.OrganisationService;
import no.boforum.platform.InputProblem;
import no.boforum.practice.AdoptionData;
import no.boforum.practice.AdoptionService;
import no.boforum.practice.AdoptionStatus;
import no.boforum.practice.PracticeService;
import no.boforum.practice.PracticeSummary;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Changes to adoptions, the practices of the caller's organisations, the review queue. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class PracticeExtrasResource {
  /** An adoption as reported: the adopting organisation by slug. */
  public record AdoptionInput(
      String organisation,
      String municipality,
      LocalDate startedOn,
      String status,
      String note,
      Long version) {
    AdoptionData toData(OrganisationService organisations) {
      Long id =
          organisation == null
              ? null
              : organisations
                  .find(organisation)
                  .map(OrganisationDetails::id)
                  .orElseThrow(
                      () ->
                          new InputProblem(
                              "organisation", "practice.organisationUnknown", organisation));
      AdoptionStatus s;
      try {
        s = status == null ? null : AdoptionStatus.valueOf(status.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InputProblem("status", "adoption.statusRequired");
      }
      return new AdoptionData(id, municipality, startedOn, s, note);
    }
  }

  @Inject PracticeService practices;
  @Inject AdoptionService adoptions;
  @Inject OrganisationService organisations;

  @PUT
  @Path("adoptions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an adoption's status, start or note ('version' from the last read)")
  public Response updateAdoption(@PathParam("id") long id, AdoptionInput input) {
    if (require(input).version() == null) {
      throw new InputProblem("version", "practice.versionRequired");
    }
    adoptions.update(id, input.toData(organisations), input.version());
    return Response.noContent().build();
  }

  @DELETE
  @Path("adoptions/{id}")
  @Operation(summary = "Remove an adoption (its organisation's editors, or a reviewer)")
  public Response removeAdoption(@PathParam("id") long id) {
    adoptions.remove(id);
    return Response.noContent().build();
  }

  @GET
  @Path("my-practices")
  @Operation(summary = "The practices of your organisations, in every state")
  public List<PracticeSummary> mine() {
    return practices.ofMyOrganisations();
  }

  @GET
  @Path("review-queue")
  @Operation(summary = "Submitted practices waiting for a reviewer, the longest waiting first")
  public List<PracticeSummary> reviewQueue() {
    return practices.reviewQueue();
  }

  private static AdoptionInput require(AdoptionInput input) {
    if (input == null) {
      throw new BadRequestException("A body is required");
    }
    return input;
  }
}
