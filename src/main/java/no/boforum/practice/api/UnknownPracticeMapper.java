package no.boforum.practice.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;
import no.boforum.practice.UnknownPracticeException;

/** 404 for a practice (or adoption, or attachment) that does not exist or is not the caller's. */
@Provider
public class UnknownPracticeMapper implements ExceptionMapper<UnknownPracticeException> {
  @Override
  public Response toResponse(UnknownPracticeException unknown) {
    return ApiExceptionMapper.json(404, new ApiError(404, "Not found"));
  }
}
