package no.boforum.search.saved.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;
import no.boforum.search.saved.UnknownSavedSearchException;

/** 404 for a saved search that does not exist or is another user's. */
@Provider
public class UnknownSavedSearchMapper implements ExceptionMapper<UnknownSavedSearchException> {
  @Override
  public Response toResponse(UnknownSavedSearchException unknown) {
    return ApiExceptionMapper.json(404, new ApiError(404, "Not found"));
  }
}
