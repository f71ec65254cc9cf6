package no.boforum.platform.api;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.boforum.platform.Busy;
import no.boforum.platform.Conflict;
import no.boforum.platform.Failures;
import no.boforum.platform.InputProblem;
import no.boforum.platform.NotFound;
import no.boforum.platform.StorageUnavailable;
import no.boforum.platform.db.DatabaseFailures;
import no.boforum.platform.text.Messages;
import no.boforum.platform.web.Language;

/**
 * Answers every failure with a short JSON error; never a stack trace. The one place where the
 * platform's failures ({@link InputProblem}, {@link NotFound}, {@link Conflict}, {@link Busy},
 * {@link StorageUnavailable}) become statuses.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

  @Inject Language language;

  @Override
  public Response toResponse(Throwable failure) {
    return answer(failure, language.getLocale());
  }

  /** The answer to {@code failure}, its text in {@code locale}; for another mapper too. */
  static Response answer(Throwable failure, Locale locale) {
    if (failure instanceof WebApplicationException web
        && (web.getResponse().getStatus() == 304 || web.getResponse().getStatus() == 412)) {
      return web.getResponse(); // preconditions answered (Harvest): no body at all
    }
    if (failure instanceof WebApplicationException web
        && web.getResponse().getEntity() instanceof ApiError) {
      return web.getResponse(); // answered already, in the caller's language (JsonInput)
    }
    if (failure instanceof InputProblem problem) {
      String text = Messages.format(locale, problem.messageKey(), problem.arguments());
      return json(400, new ApiError(400, text, problem.field()));
    }
    if (failure instanceof NotFound notFound) {
      return json(404, new ApiError(404, notFound.publicMessage()));
    }
    if (failure instanceof Busy busy) {
      String text = Messages.format(locale, busy.messageKey(), busy.arguments());
      return Response.fromResponse(json(503, new ApiError(503, text)))
          .header("Retry-After", "2")
          .build();
    }
    if (failure instanceof StorageUnavailable storage) {
      // The storage's fault, not the sender's: 507 when the disk is full, 503 when not writable.
      int status = storage.reason().status();
      String text = Messages.format(locale, storage.messageKey());
      return json(status, new ApiError(status, text));
    }
    if (failure instanceof Conflict conflict) {
      String text = Messages.format(locale, conflict.messageKey(), conflict.arguments());
      return json(409, new ApiError(409, text));
    }
    if (DatabaseFailures.unreachable(failure)) {
      // The database stopped or restarting: nothing was saved, and the same request will do.
      DatabaseFailures.logOutage(LOG, "An API request", failure);
      String text = Messages.format(locale, "unavailable.text");
      return Response.fromResponse(json(503, new ApiError(503, text)))
          .header("Retry-After", "5")
          .build();
    }
    if (Failures.causedBy(failure, OptimisticLockException.class)) {
      // Two saves of the same version at once: the slower one lost.
      return json(409, new ApiError(409, Messages.format(locale, "error.changedMeanwhile")));
    }
    if (isUnreadableJson(failure)) {
      return json(
          400,
          new ApiError(400, "The request body is not valid JSON for this address; see /openapi"));
    }
    int status;
    String message;
    if (failure instanceof BadRequestException bad && bad.getMessage() != null) {
      status = 400;
      message = bad.getMessage();
    } else if (failure instanceof WebApplicationException web) {
      status = web.getResponse().getStatus();
      Response.Status known = Response.Status.fromStatusCode(status);
      message = known == null ? "Request failed" : known.getReasonPhrase();
    } else {
      LOG.log(Level.SEVERE, "API request failed", failure);
      status = 500;
      message = "Internal error; the failure has been logged";
    }
    return json(status, new ApiError(status, message));
  }

  /** A body JSON-B could not read: broken JSON, or a value of the wrong type. */
  private static boolean isUnreadableJson(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.json.bind.JsonbException
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }

  public static Response json(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }
}
