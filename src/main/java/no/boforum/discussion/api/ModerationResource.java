package no.boforum.discussion.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.boforum.discussion.Choices;
import no.boforum.discussion.Moderation;
import no.boforum.discussion.Moderation.ThreadChange;
import no.boforum.discussion.ModerationQueue;
import no.boforum.discussion.ModerationQueue.Item;
import no.boforum.discussion.ModeratorAction;
import no.boforum.identity.LoginSession;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The moderators' queue and decisions as JSON: posts, their authors, and threads. */
@Path("moderation")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class ModerationResource {
  /**
   * A decision: KEEP, APPROVE, HIDE, EDIT (with 'body', and for a thread's first post perhaps a new
   * 'title'), DELETE, REFUSE, WARN or SUSPEND; 'note' goes to the author (required to edit and to
   * warn).
   */
  public record DecisionInput(String action, String note, String body, String title) {}

  @Inject ModerationQueue queue;
  @Inject Moderation moderation;
  @Context HttpServletRequest request;

  @GET
  @Path("queue")
  @Operation(summary = "Posts flagged, hidden or waiting for approval, the longest waiting first")
  @APIResponse(responseCode = "403", description = "not a moderator")
  public Page<Item> queue(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "posts per page, 1 to 100 (default 20)") @QueryParam("size")
          String size) {
    PageRequest r = PageRequest.parse(page, size, 20, DiscussionResource.MAX_SIZE);
    return new Page<>(queue.count(), queue.list(r.offset(), r.size()));
  }

  @POST
  @Path("posts/{postId}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decide on a post or its author; the author is mailed the outcome")
  @APIResponse(responseCode = "204", description = "decided")
  @APIResponse(responseCode = "409", description = "not possible in the post's state")
  public Response decide(@PathParam("postId") long postId, DecisionInput input) {
    DiscussionResource.require(input);
    moderation.decide(
        postId,
        Choices.parse(ModeratorAction.class, "action", input.action(), null),
        input.note(),
        input.body(),
        input.title(),
        LoginSession.address(request));
    return Response.noContent().build();
  }

  @PUT
  @Path("threads/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Lock, pin, close or move a thread (absent fields stay as they are)")
  @APIResponse(responseCode = "204", description = "changed")
  public Response change(@PathParam("id") long id, ThreadChange change) {
    moderation.change(id, change, LoginSession.address(request));
    return Response.noContent().build();
  }
}
