package no.boforum.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.boforum.identity.EndedLogins;
import no.boforum.identity.LoginService;
import no.boforum.identity.LoginService.LoginOutcome;
import no.boforum.identity.LoginSession;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;
import no.boforum.platform.api.OpenWrite;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Log in and out with a password; the session cookie then carries the login. */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@OpenWrite
public class SessionResource {
  /** The body of a login. */
  public record Credentials(String email, String password) {}

  /** Who is logged in now. */
  public record SessionInfo(long userId) {}

  @Inject LoginService logins;
  @Inject EndedLogins endedLogins;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Log in with email and password; sets the session cookie")
  @APIResponse(responseCode = "401", description = "wrong email or password")
  @APIResponse(responseCode = "403", description = "the email address is not verified yet")
  @APIResponse(responseCode = "429", description = "too many failed attempts; see Retry-After")
  public Response login(Credentials credentials) {
    String address = LoginSession.address(request);
    LoginOutcome outcome =
        credentials == null
            ? logins.login(null, null, address)
            : logins.login(credentials.email(), credentials.password(), address);
    return switch (outcome.status()) {
      case OK -> {
        LoginSession.establish(request, outcome.userId(), logins.sessionEpoch(outcome.userId()));
        yield Response.ok(new SessionInfo(outcome.userId())).build();
      }
      case BAD_CREDENTIALS ->
          ApiExceptionMapper.json(401, new ApiError(401, "Wrong email or password"));
      case NOT_VERIFIED ->
          ApiExceptionMapper.json(
              403, new ApiError(403, "Verify your email address first; a new link has been sent"));
      case THROTTLED ->
          Response.fromResponse(
                  ApiExceptionMapper.json(
                      429, new ApiError(429, "Too many failed attempts; try again later")))
              .header("Retry-After", Math.max(1, outcome.retryAfter().toSeconds()))
              .build();
    };
  }

  @DELETE
  @Operation(summary = "Log out")
  public Response logout() {
    Long userId = LoginSession.userId(request);
    if (userId != null) {
      logins.recordLogout(userId, LoginSession.address(request));
    }
    endedLogins.logOut(request, response);
    return Response.noContent().build();
  }
}
