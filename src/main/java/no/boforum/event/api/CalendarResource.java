package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import no.boforum.event.EventCalendars;
import no.boforum.event.UnknownEventException;
import no.boforum.event.calendar.EventCalendar;
import no.boforum.platform.web.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Public events as iCalendar: one event to add, and a feed to subscribe to. No names, no links. */
@Path("events")
@RequestScoped
public class CalendarResource {
  @Inject EventCalendars calendars;
  @Inject Language language;

  @GET
  @Path("calendar.ics")
  @Produces(EventCalendar.MEDIA_TYPE)
  @Operation(
      summary =
          "Published events as a calendar to subscribe to: upcoming ones and those of the last 90"
              + " days, cancelled ones marked so")
  public String feed(
      @Parameter(description = "a county code") @QueryParam("county") String county,
      @Parameter(description = "a theme code") @QueryParam("theme") String theme) {
    return calendars.feed(blank(county), blank(theme), language.getLocale());
  }

  @GET
  @Path("{slug}/calendar.ics")
  @Produces(EventCalendar.MEDIA_TYPE)
  @Operation(summary = "One event as an .ics file to add to a calendar")
  @APIResponse(responseCode = "404", description = "no event has this slug that you may see")
  public Response event(@PathParam("slug") String slug) {
    String ics =
        calendars
            .event(slug, language.getLocale())
            .orElseThrow(() -> new UnknownEventException(slug));
    return Response.ok(ics)
        .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"")
        .build();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
