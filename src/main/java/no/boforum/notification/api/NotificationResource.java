package no.boforum.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import no.boforum.identity.Authorization;
import no.boforum.notification.Inbox;
import no.boforum.notification.NotificationAction;
import no.boforum.notification.Unsubscribes;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.OpenWrite;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The logged-in person's notifications, newest first; anonymous callers get 401. */
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class NotificationResource {
  @Inject Authorization authorization;
  @Inject Inbox inbox;
  @Inject Unsubscribes unsubscribes;
  @Inject Language language;
  @Context HttpServletRequest request;

  @GET
  @Operation(summary = "My notifications, newest first, in pages (?page=&size=&unread=true)")
  public Page<Inbox.Item> list(
      @QueryParam("page") String page,
      @QueryParam("size") String size,
      @QueryParam("unread") boolean unreadOnly) {
    long me = me();
    PageRequest p = PageRequest.parse(page, size, 20, 100);
    return inbox.page(me, unreadOnly, p.offset(), p.size(), locale());
  }

  @GET
  @Path("unread")
  @Operation(summary = "How many of my notifications are unread (the bell's count)")
  public Map<String, Long> unread() {
    return Map.of("unread", inbox.unread(me()));
  }

  @POST
  @Path("{id}/read")
  @Operation(summary = "Mark one of my notifications read")
  @APIResponse(responseCode = "204", description = "read")
  @APIResponse(responseCode = "404", description = "no such notification of mine")
  public Response markRead(@PathParam("id") long id) {
    if (inbox.open(me(), id).isEmpty()) {
      throw new NotFoundException();
    }
    return Response.noContent().build();
  }

  @POST
  @Path("read-all")
  @Operation(summary = "Mark all my notifications read; answers how many were unread")
  public Map<String, Integer> markAllRead() {
    return Map.of("marked", inbox.markAllRead(me()));
  }

  /**
   * RFC 8058: the mail client posts {@code List-Unsubscribe=One-Click} to the address in the mail's
   * {@code List-Unsubscribe} header; the token in it is the permission.
   */
  @POST
  @OpenWrite
  @Path("unsubscribe")
  @Consumes({
    MediaType.APPLICATION_FORM_URLENCODED,
    MediaType.MULTIPART_FORM_DATA,
    MediaType.WILDCARD
  })
  @Operation(summary = "One-click unsubscribe from a mail (RFC 8058); no login, the token decides")
  @APIResponse(responseCode = "200", description = "that mail stops; the bell still tells")
  @APIResponse(responseCode = "400", description = "the token is altered, expired or missing")
  public Response unsubscribe(@QueryParam("token") String token) {
    if (!unsubscribes.apply(token)) {
      return Response.status(400)
          .entity(new ApiError(400, Messages.format(locale(), "notify.unsubscribe.invalid")))
          .build();
    }
    return Response.ok(Map.of("message", Messages.format(locale(), "notify.unsubscribe.done")))
        .build();
  }

  /**
   * A mail client that opens the List-Unsubscribe address in a browser (RFC 2369, before one-click)
   * gets the page that asks before it stops anything.
   */
  @GET
  @Path("unsubscribe")
  @Operation(summary = "The page that asks before stopping a mail (for clients that open the link)")
  @APIResponse(responseCode = "303", description = "to /notifications/unsubscribe?token=")
  public Response unsubscribePage(@QueryParam("token") String token, @Context UriInfo uri) {
    return Response.seeOther(
            uri.getBaseUriBuilder()
                .replacePath(request.getContextPath() + "/notifications/unsubscribe")
                .replaceQuery(null)
                .queryParam("token", token == null ? "" : token)
                .build())
        .build();
  }

  private long me() {
    return authorization.require(NotificationAction.READ_OWN).userId();
  }

  private java.util.Locale locale() {
    return language.getLocale();
  }
}
