package no.boforum.platform.db;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.boforum.platform.Busy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gate of {@link Gated} methods, per instance: {@code boforum.db.gate-places} calls at a time
 * for one key (the first argument; keys share {@value #STRIPES} stripes), and {@code
 * boforum.db.gate-total} for all keys of a gate together; both fair (in order of arrival). A call
 * that finds no place within {@code boforum.db.gate-wait-seconds} gets {@link Busy} ("try again in
 * a moment"). Runs before the transaction interceptor (a lower priority number), so a waiting call
 * holds no connection; it refuses a call made inside an open transaction.
 */
@Gated("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class GateInterceptor {
  static final int STRIPES = 64;
  private static final ConcurrentHashMap<String, Semaphore> GATES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Set<String>> INSIDE = ThreadLocal.withInitial(HashSet::new);

  @Inject
  @ConfigProperty(name = "boforum.db.gate-places", defaultValue = "6")
  int places;

  @Inject
  @ConfigProperty(name = "boforum.db.gate-total", defaultValue = "12")
  int total;

  @Inject
  @ConfigProperty(name = "boforum.db.gate-wait-seconds", defaultValue = "10")
  int waitSeconds;

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  Object through(InvocationContext call) throws Exception {
    String name = name(call);
    Set<String> inside = INSIDE.get();
    if (inside.contains(name)) {
      return call.proceed();
    }
    if (transactions != null && transactions.getTransactionKey() != null) {
      throw new IllegalStateException(
          call.getMethod() + " is gated: call it without an open transaction");
    }
    Object[] arguments = call.getParameters();
    Object key = arguments.length == 0 ? null : arguments[0];
    int stripe = Math.floorMod(key == null ? 0 : key.hashCode(), STRIPES);
    Semaphore all = gate(name, Math.max(1, total));
    Semaphore one = gate(name + "#" + stripe, Math.max(1, places));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
    if (!one.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
      throw new Busy("error.busy");
    }
    try {
      if (!all.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
        throw new Busy("error.busy");
      }
      inside.add(name);
      try {
        return call.proceed();
      } finally {
        inside.remove(name);
        all.release();
      }
    } finally {
      one.release();
    }
  }

  private static Semaphore gate(String name, int permits) {
    return GATES.computeIfAbsent(name, n -> new Semaphore(permits, true));
  }

  private static String name(InvocationContext call) {
    Gated gated = call.getMethod().getAnnotation(Gated.class);
    if (gated == null) {
      gated = call.getMethod().getDeclaringClass().getAnnotation(Gated.class);
    }
    return gated == null ? "" : gated.value();
  }
}
