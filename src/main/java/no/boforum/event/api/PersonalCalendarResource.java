package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import no.boforum.event.EventCalendars;
import no.boforum.event.calendar.EventCalendar;
import no.boforum.platform.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A person's own calendar behind a secret address, which calendar programs fetch without logging in
 * (the owner reads and renews the address through {@link CalendarFeedResource}).
 */
@Path("calendar")
@RequestScoped
public class PersonalCalendarResource {
  @Inject EventCalendars calendars;

  @GET
  @Path("{token}.ics")
  @Produces(EventCalendar.MEDIA_TYPE)
  @Operation(
      summary =
          "A personal calendar: the events its owner has a seat at (offered seats tentative), with"
              + " the join link for a confirmed seat")
  @APIResponse(responseCode = "404", description = "no feed has this address (any more)")
  public String feed(@PathParam("token") String token) {
    return calendars.personal(token).orElseThrow(() -> new NotFound("calendar feed"));
  }
}
