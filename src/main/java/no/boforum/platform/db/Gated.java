package no.boforum.platform.db;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Lets only a few calls at a time into the annotated methods, before their transaction begins (see
 * {@link GateInterceptor}). For work that waits for a row lock: callers that queue at the gate hold
 * no pooled connection, so a crowd around one row cannot take every connection from everyone else.
 * The calls are told apart by their first argument (the row's key, such as an event's slug): a
 * crowd at one row does not hold up calls for another, and all rows together are capped as well.
 * Calls of the same gate by a thread already inside it pass. A gated method must be called with no
 * transaction open: a caller waiting at the gate inside one would hold its connection after all.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Gated {
  /** The gate's name: calls under one name share its places. */
  @Nonbinding
  String value();
}
