package no.boforum.matching.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.CurrentCaller;
import no.boforum.identity.Decision;
import no.boforum.matching.conversation.ConversationAction;
import no.boforum.matching.conversation.ConversationDetails;
import no.boforum.matching.conversation.ConversationSummary;
import no.boforum.matching.conversation.Conversations;
import no.boforum.matching.conversation.UnknownConversationException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Conversations about a need or an offer, for the two organisations' editors only (and moderators
 * once flagged): never public, never in the open data. A visitor is asked to log in; whoever may
 * not read a conversation is told it does not exist.
 */
@Path("matching/{id}/conversations")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ConversationResource {
  /** A message: for the first, the organisation (slug) that writes. */
  public record MessageInput(String organisation, String text) {}

  /** Why a party flags a conversation for the moderators. */
  public record FlagInput(String reason) {}

  @Inject Conversations conversations;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The conversations about a posting that the caller takes part in")
  @APIResponse(responseCode = "401", description = "a visitor: log in first")
  public List<ConversationSummary> list(@PathParam("id") long id) {
    if (!caller.get().isAuthenticated()) {
      throw new AccessDeniedException(Decision.NOT_AUTHENTICATED, ConversationAction.READ);
    }
    return conversations.ofPosting(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Get in touch with the posting's organisation (another one's editors)")
  @APIResponse(responseCode = "201", description = "written")
  public Response start(@PathParam("id") long id, MessageInput input) {
    MessageInput in = require(input);
    ConversationDetails c = conversations.start(id, in.organisation(), in.text());
    return Response.created(
            URI.create(uri.getBaseUri() + "matching/" + id + "/conversations/" + c.id()))
        .entity(c)
        .build();
  }

  @GET
  @Path("{cid}")
  @Operation(summary = "One conversation (its parties; moderators once flagged)")
  @APIResponse(responseCode = "404", description = "no such conversation for the caller")
  public ConversationDetails one(@PathParam("id") long id, @PathParam("cid") long cid) {
    return same(id, conversations.read(cid));
  }

  @POST
  @Path("{cid}/messages")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer in a conversation (its parties)")
  @APIResponse(responseCode = "201", description = "written")
  public Response answer(@PathParam("id") long id, @PathParam("cid") long cid, MessageInput input) {
    same(id, conversations.read(cid));
    ConversationDetails c = conversations.answer(cid, require(input).text());
    return Response.status(201).entity(c).build();
  }

  @POST
  @Path("{cid}/share")
  @Operation(summary = "Share the caller's contact details with the other side (its parties)")
  @APIResponse(responseCode = "409", description = "this side shared already")
  public ConversationDetails share(@PathParam("id") long id, @PathParam("cid") long cid) {
    same(id, conversations.read(cid));
    return conversations.share(cid);
  }

  @POST
  @Path("{cid}/flag")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Flag a conversation for the moderators, with a reason (its parties)")
  @APIResponse(responseCode = "409", description = "flagged already")
  public ConversationDetails flag(
      @PathParam("id") long id, @PathParam("cid") long cid, FlagInput input) {
    same(id, conversations.read(cid));
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return conversations.flag(cid, input.reason());
  }

  /** A conversation is found only under its own posting's address. */
  private static ConversationDetails same(long postingId, ConversationDetails c) {
    if (c.postingId() != postingId) {
      throw new UnknownConversationException(c.id());
    }
    return c;
  }

  private static MessageInput require(MessageInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    return input;
  }
}
