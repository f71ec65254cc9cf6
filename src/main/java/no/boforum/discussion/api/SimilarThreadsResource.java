package no.boforum.discussion.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.boforum.discussion.search.SimilarThreads;
import no.boforum.discussion.search.SimilarThreads.ThreadLink;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Threads like a title being typed, for the new-thread page; public, as the threads are. */
@Path("discussions/similar")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class SimilarThreadsResource {
  /** The answer: at most four visible threads, best first; empty when search is unavailable. */
  public record Answer(List<ThreadLink> threads) {}

  @Inject SimilarThreads similar;

  @GET
  @Operation(summary = "Visible threads whose title or posts are like the given title")
  public Answer similar(@QueryParam("title") String title) {
    return new Answer(similar.like(title));
  }
}
