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
 * {@link GateInterceptor}). For work that waits for a row lock: callers that queue for the gate
 * hold no pooled connection, so a crowd around one row cannot take every connection from everyone
 * else. Calls of the same gate by a thread already inside it pass.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Gated {
  /** The gate's name: calls under one name share its places. */
  @Nonbinding
  String value();
}
