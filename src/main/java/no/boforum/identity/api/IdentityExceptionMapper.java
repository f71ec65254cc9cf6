package no.boforum.identity.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.identity.AccessDeniedException;
import no.boforum.identity.Decision;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;

/** 401 when a login is needed, 403 when the caller may not. */
@Provider
public class IdentityExceptionMapper implements ExceptionMapper<AccessDeniedException> {
  @Override
  public Response toResponse(AccessDeniedException denied) {
    if (denied.decision() == Decision.NOT_AUTHENTICATED) {
      return notAuthenticated();
    }
    return ApiExceptionMapper.json(403, new ApiError(403, "You may not do this"));
  }

  /** The 401 answer: log in first, and how. */
  static Response notAuthenticated() {
    return Response.fromResponse(
            ApiExceptionMapper.json(401, new ApiError(401, "Log in first: POST /api/session")))
        .header("WWW-Authenticate", "Session realm=\"boforum\"")
        .build();
  }
}
