package no.boforum.discussion.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import no.boforum.discussion.Choices;
import no.boforum.discussion.DiscussionMarks.Level;
import no.boforum.discussion.DiscussionService;
import no.boforum.discussion.DiscussionService.CategoryView;
import no.boforum.discussion.DiscussionThread;
import no.boforum.discussion.DiscussionViews;
import no.boforum.discussion.Discussions;
import no.boforum.discussion.FlagReason;
import no.boforum.discussion.Moderation;
import no.boforum.discussion.Post;
import no.boforum.discussion.PostView;
import no.boforum.discussion.ThreadData;
import no.boforum.discussion.ThreadDetails;
import no.boforum.discussion.ThreadFilter;
import no.boforum.discussion.ThreadKind;
import no.boforum.discussion.ThreadSummary;
import no.boforum.discussion.UnknownThreadException;
import no.boforum.identity.CurrentCaller;
import no.boforum.platform.InputProblem;
import no.boforum.platform.api.Harvest;
import no.boforum.platform.api.Page;
import no.boforum.platform.api.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Discussions as JSON: threads, their posts in pages, and the marks people leave on them. */
@Path("discussions")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class DiscussionResource {
  static final int MAX_SIZE = 100;

  /** A new thread: QUESTION or DISCUSSION; a practice or an event by slug, at most one. */
  public record ThreadInput(
      String kind, String title, String category, String practice, String event, String body) {}

  /** A reply, perhaps quoting a post of the thread by id. */
  public record ReplyInput(String body, Long quote) {}

  /** A changed text, with the version of the post last read. */
  public record EditInput(String body, Long version) {}

  /** FOLLOWING, MUTED or null (neither). */
  public record ReadingInput(String level) {}

  /** Where a thread or post is after a write. */
  public record Saved(long id, String path, long version) {}

  /** A thread with one page of its replies. */
  public record ThreadPage(ThreadDetails thread, Page<PostView> replies) {}

  /** A flag: SPAM, OFFENSIVE, OFF_TOPIC or PERSONAL_INFORMATION, with an optional note. */
  public record FlagInput(String reason, String note) {}

  /** Whether the flagged post is hidden now. */
  public record Flagged(boolean hidden) {}

  /** The number of helpful marks on a post. */
  public record Helpful(long helpful) {}

  @Inject DiscussionService discussions;
  @Inject Discussions writes;
  @Inject Moderation moderation;
  @Inject CurrentCaller caller;
  @Context Request httpRequest;
  @Context HttpServletResponse httpResponse;

  @GET
  @Operation(summary = "Threads: latest activity first, unanswered questions, or solved ones")
  @APIResponse(responseCode = "400", description = "a parameter is not valid")
  @APIResponse(
      responseCode = "304",
      description =
          "no thread changed since If-Modified-Since (asked without a login: a logged-in"
              + " reader's list marks what they have not read, and is always answered)")
  public Page<ThreadSummary> list(
      @Parameter(description = "page number, from 1 (default 1)") @QueryParam("page") String page,
      @Parameter(description = "threads per page, 1 to 100 (default 20)") @QueryParam("size")
          String size,
      @Parameter(description = "latest (default), unanswered or solved") @QueryParam("filter")
          String filter,
      @Parameter(description = "a category code") @QueryParam("category") String category,
      @Parameter(description = Harvest.DESCRIPTION) @QueryParam(Harvest.PARAMETER)
          String changedSince) {
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    ThreadFilter f = Choices.parse(ThreadFilter.class, "filter", filter, ThreadFilter.LATEST);
    String c = category == null || category.isBlank() ? null : category.strip();
    LocalDateTime since = Harvest.changedSince(changedSince).orElse(null);
    if (!caller.get().isAuthenticated()) {
      Harvest.lastModified(httpRequest, httpResponse, discussions.lastChange());
    }
    return new Page<>(
        discussions.count(f, c, since),
        discussions.list(f, c, since, request.offset(), request.size()));
  }

  @GET
  @Path("categories")
  @Operation(summary = "The categories of threads, labelled in a language (nb, nn or en)")
  public List<CategoryView> categories(@QueryParam("lang") String lang) {
    return discussions.categories(Locale.forLanguageTag(lang == null ? "nb" : lang));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a thread with its question or opening post (logged in)")
  @APIResponse(responseCode = "201", description = "started")
  public Response start(ThreadInput input) {
    require(input);
    DiscussionThread t =
        writes.start(
            new ThreadData(
                Choices.parse(ThreadKind.class, "kind", input.kind(), null),
                input.title(),
                input.category(),
                input.practice(),
                input.event(),
                input.body()));
    return Response.created(UriBuilder.fromPath("/api/discussions/{id}").build(t.getId()))
        .entity(new Saved(t.getId(), DiscussionViews.path(t), t.getVersion()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One thread: its question, accepted answers and a page of replies")
  @APIResponse(responseCode = "404", description = "no thread has this id")
  public ThreadPage thread(
      @PathParam("id") long id,
      @Parameter(description = "page of replies, from 1") @QueryParam("page") String page,
      @Parameter(description = "replies per page, 1 to 100 (default 20)") @QueryParam("size")
          String size) {
    ThreadDetails thread =
        discussions.find(id).orElseThrow(() -> new UnknownThreadException("thread " + id));
    PageRequest request = PageRequest.parse(page, size, 20, MAX_SIZE);
    return new ThreadPage(
        thread,
        new Page<>(
            discussions.countReplies(id),
            discussions.replies(id, request.offset(), request.size())));
  }

  @POST
  @Path("{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply to a thread, perhaps quoting one of its posts (logged in)")
  @APIResponse(responseCode = "201", description = "posted")
  @APIResponse(responseCode = "409", description = "the thread is closed or locked")
  public Response reply(@PathParam("id") long id, ReplyInput input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
    Post p = writes.reply(id, input.body(), input.quote());
    return Response.created(UriBuilder.fromPath("/api/discussions/posts/{id}").build(p.getId()))
        .entity(new Saved(p.getId(), null, p.getVersion()))
        .build();
  }

  @PUT
  @Path("posts/{postId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change one's own post; 'version' must be the one last read")
  @APIResponse(responseCode = "409", description = "changed meanwhile, or deleted")
  public Saved edit(@PathParam("postId") long postId, EditInput input) {
    if (input == null || input.version() == null) {
      throw new InputProblem("version", "discussion.versionRequired");
    }
    return new Saved(postId, null, writes.edit(postId, input.body(), input.version()));
  }

  @DELETE
  @Path("posts/{postId}")
  @Operation(summary = "Delete one's own post: it stays as 'deleted by the author'")
  @APIResponse(responseCode = "204", description = "deleted")
  public Response delete(@PathParam("postId") long postId) {
    writes.delete(postId);
    return Response.noContent().build();
  }

  @GET
  @Path("posts/{postId}/revisions")
  @Operation(
      summary = "What a post said before each kept edit, oldest first (its author and moderators)")
  public List<String> revisions(@PathParam("postId") long postId) {
    return discussions.revisions(postId);
  }

  @PUT
  @Path("posts/{postId}/helpful")
  @Operation(summary = "Mark another's post helpful (once per person)")
  @APIResponse(responseCode = "409", description = "one's own post, or a deleted one")
  public Helpful markHelpful(@PathParam("postId") long postId) {
    return new Helpful(writes.markHelpful(postId, true));
  }

  @DELETE
  @Path("posts/{postId}/helpful")
  @Operation(summary = "Take one's helpful mark back")
  public Helpful unmarkHelpful(@PathParam("postId") long postId) {
    return new Helpful(writes.markHelpful(postId, false));
  }

  @PUT
  @Path("posts/{postId}/accepted")
  @Operation(summary = "Accept a reply as answering the question (the asker or a moderator)")
  @APIResponse(responseCode = "204", description = "accepted")
  @APIResponse(responseCode = "409", description = "not a question, the question itself, deleted")
  public Response accept(@PathParam("postId") long postId) {
    writes.accept(postId, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("posts/{postId}/accepted")
  @Operation(summary = "Take an accepted answer back (the asker or a moderator)")
  @APIResponse(responseCode = "204", description = "no longer accepted")
  public Response unaccept(@PathParam("postId") long postId) {
    writes.accept(postId, false);
    return Response.noContent().build();
  }

  @POST
  @Path("posts/{postId}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Flag another's post, once per person: personal information about a client or resident"
              + " hides it at once, other reasons by the weight of the flaggers' standing")
  @APIResponse(responseCode = "201", description = "flagged; 'hidden' says if the post is hidden")
  @APIResponse(
      responseCode = "409",
      description = "one's own, deleted, waiting, or flagged already")
  public Response flag(@PathParam("postId") long postId, FlagInput input) {
    require(input);
    boolean hidden =
        moderation.flag(
            postId, Choices.parse(FlagReason.class, "reason", input.reason(), null), input.note());
    return Response.status(Response.Status.CREATED).entity(new Flagged(hidden)).build();
  }

  @PUT
  @Path("{id}/reading")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Follow (FOLLOWING) or mute (MUTED) a thread, or neither (null)")
  @APIResponse(responseCode = "204", description = "set")
  public Response reading(@PathParam("id") long id, ReadingInput input) {
    writes.follow(
        id, input == null ? null : Choices.parse(Level.class, "level", input.level(), null));
    return Response.noContent().build();
  }

  /** Refuses a missing JSON body. */
  static void require(Object input) {
    if (input == null) {
      throw new BadRequestException("A JSON body is required");
    }
  }
}
