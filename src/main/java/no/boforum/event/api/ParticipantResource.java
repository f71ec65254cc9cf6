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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.boforum.event.Participant;
import no.boforum.event.Participants;
import no.boforum.platform.text.Messages;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The hosts' tools as JSON: participants, their CSV, check-in, a message, table groups. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ParticipantResource {
  /** A check-in by the code the person shows, or by their registration (chosen by name). */
  public record CheckIn(String code, Long registration) {}

  /** A check-in's answer: who, and how many are present now. */
  public record CheckedIn(Participant participant, long present) {}

  /** A message from the hosts; {@code seatGroup} null for everyone with a seat. */
  public record Message(Long seatGroup, String subject, String body) {}

  /** How many a message went to. */
  public record Sent(int recipients) {}

  /** Table groups of about {@code size}, of everyone with a seat or only those checked in. */
  public record Tables(Integer size, Boolean checkedInOnly) {}

  /** How many groups were made. */
  public record Made(int groups) {}

  @Inject Participants participants;

  @GET
  @Path("{slug}/participants")
  @Operation(summary = "Everyone registered or waiting, with names and answers (hosts only)")
  @APIResponse(responseCode = "403", description = "you do not run this event")
  public List<Participant> list(@PathParam("slug") String slug) {
    return participants.list(slug);
  }

  @GET
  @Path("{slug}/participants.csv")
  @Produces("text/csv; charset=utf-8")
  @Operation(summary = "The participants as CSV for Excel (semicolons, UTF-8 with BOM; hosts only)")
  public Response csv(
      @PathParam("slug") String slug,
      @Parameter(description = "nb (default), nn or en: the language of headers and labels")
          @QueryParam("language")
          String language) {
    String csv = participants.csv(slug, Messages.locale(language == null ? "nb" : language));
    return Response.ok(csv)
        .header("Content-Disposition", "attachment; filename=\"" + slug + "-deltakarar.csv\"")
        .build();
  }

  @POST
  @Path("{slug}/check-ins")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Check someone in by code or registration (hosts only)")
  @APIResponse(responseCode = "400", description = "no registration has that code")
  @APIResponse(responseCode = "409", description = "the person has no seat")
  public CheckedIn checkIn(@PathParam("slug") String slug, CheckIn in) {
    if (in == null) {
      throw new BadRequestException("A JSON body is required");
    }
    Participant p = participants.checkIn(slug, in.code(), in.registration());
    return new CheckedIn(p, participants.present(slug));
  }

  @POST
  @Path("{slug}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mail everyone with a seat, or one seat group (hosts only)")
  public Sent message(@PathParam("slug") String slug, Message m) {
    if (m == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return new Sent(participants.message(slug, m.seatGroup(), m.subject(), m.body()));
  }

  @POST
  @Path("{slug}/table-groups")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Make mixed table groups of about a size (hosts only)")
  public Made tables(@PathParam("slug") String slug, Tables t) {
    int size = t == null || t.size() == null ? 6 : t.size();
    return new Made(
        participants.seatTables(slug, size, t != null && Boolean.TRUE.equals(t.checkedInOnly())));
  }
}
