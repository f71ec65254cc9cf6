package no.boforum.platform.db;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.boforum.platform.Busy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gate of {@link Gated} methods: {@code boforum.db.gate-places} calls of one gate at a time per
 * instance (fair: in order of arrival), the others wait up to {@code boforum.db.gate-wait-seconds}
 * and then get {@link Busy} ("try again in a moment"). Runs before the transaction interceptor
 * (lower priority number), so a waiting call holds no connection.
 */
@Gated("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class GateInterceptor {
  private static final ConcurrentHashMap<String, Semaphore> GATES = new ConcurrentHashMap<>();
  private static final ThreadLocal<Set<String>> INSIDE = ThreadLocal.withInitial(HashSet::new);

  @Inject
  @ConfigProperty(name = "boforum.db.gate-places", defaultValue = "6")
  int places;

  @Inject
  @ConfigProperty(name = "boforum.db.gate-wait-seconds", defaultValue = "10")
  int waitSeconds;

  @AroundInvoke
  Object through(InvocationContext call) throws Exception {
    Gated gated = call.getMethod().getAnnotation(Gated.class);
    if (gated == null) {
      gated = call.getMethod().getDeclaringClass().getAnnotation(Gated.class);
    }
    String name = gated == null ? "" : gated.value();
    Set<String> inside = INSIDE.get();
    if (inside.contains(name)) {
      return call.proceed();
    }
    Semaphore gate = GATES.computeIfAbsent(name, n -> new Semaphore(Math.max(1, places), true));
    if (!gate.tryAcquire(waitSeconds, TimeUnit.SECONDS)) {
      throw new Busy("error.busy");
    }
    inside.add(name);
    try {
      return call.proceed();
    } finally {
      inside.remove(name);
      gate.release();
    }
  }
}
