package no.boforum.identity.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.identity.UnknownOrganisationException;
import no.boforum.platform.api.ApiError;
import no.boforum.platform.api.ApiExceptionMapper;

/** 404 for an organisation slug that does not exist. */
@Provider
public class UnknownOrganisationMapper implements ExceptionMapper<UnknownOrganisationException> {
  @Override
  public Response toResponse(UnknownOrganisationException unknown) {
    return ApiExceptionMapper.json(404, new ApiError(404, "No organisation has this slug"));
  }
}
