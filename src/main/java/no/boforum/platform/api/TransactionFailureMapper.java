package no.boforum.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import no.boforum.platform.web.Language;

/**
 * A failure at the commit of a {@code @Transactional} method reaches the API as a {@link
 * TransactionalException}. Jersey's own mapper for it answers only a {@code
 * WebApplicationException} inside and throws anything else on, which became Payara's bare 500 (seen
 * when the database stopped during a commit: bench/drill_database.py). This mapper hands it to
 * {@link ApiExceptionMapper}, which reads the chain of causes. Both map the same type: the priority
 * makes the choice explicit (JAX-RS takes the mapper with the lowest value) rather than left to the
 * order Jersey registers them in.
 */
@Provider
@Priority(Priorities.USER - 100)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {
  @Inject Language language;

  @Override
  public Response toResponse(TransactionalException failure) {
    return ApiExceptionMapper.answer(failure, language.getLocale());
  }
}
