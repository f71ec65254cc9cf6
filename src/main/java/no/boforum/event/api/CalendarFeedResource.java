package no.boforum.event.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.boforum.event.CalendarFeeds;
import no.boforum.event.EventAccess;
import no.boforum.platform.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The secret address of my own calendar feed: read it (made at the first ask) or renew it. A path
 * of its own under {@code me}, which the identity feature owns and need not know of events.
 */
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CalendarFeedResource {
  /** The feed's secret address, and the same for calendar programs that open webcal links. */
  public record FeedAddress(String address, String webcal) {
    static FeedAddress of(String address) {
      return new FeedAddress(address, address.replaceFirst("^https?://", "webcal://"));
    }
  }

  @Inject CalendarFeeds feeds;
  @Inject EventAccess access;

  @GET
  @Operation(
      summary =
          "The secret address of my calendar feed (the events I have a seat at); 404 until it is"
              + " made with PUT. Whoever has it can read the feed")
  public FeedAddress mine() {
    return feeds
        .existing(access.requireRegister().userId())
        .map(FeedAddress::of)
        .orElseThrow(
            () -> new NotFound("calendar feed", "No calendar address yet: make one with PUT"));
  }

  @PUT
  @Operation(summary = "Makes my calendar feed's secret address, or answers the one I have")
  public FeedAddress make() {
    return FeedAddress.of(feeds.address(access.requireRegister().userId()));
  }

  @POST
  @Path("renewal")
  @Operation(summary = "A new secret address for my calendar feed; the old one stops at once")
  public FeedAddress renew() {
    return FeedAddress.of(feeds.renew(access.requireRegister().userId()));
  }
}
