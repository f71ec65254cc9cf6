package no.boforum.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.boforum.platform.Busy;
import org.junit.jupiter.api.Test;

class GateInterceptorTest {
  /** Methods whose annotations the interceptor reads, one gate each so the tests share none. */
  static class Work {
    @Gated("gate-test-full")
    void full() {}

    @Gated("gate-test-nested")
    void nested() {}

    @Gated("gate-test-keys")
    void keyed(String key) {}
  }

  private static GateInterceptor gate(int places, int waitSeconds) {
    GateInterceptor g = new GateInterceptor();
    g.places = places;
    g.total = 2;
    g.waitSeconds = waitSeconds;
    return g;
  }

  @Test
  void aCrowdAtOneKeyLeavesOthersInAndAllKeysTogetherAreCapped() throws Exception {
    GateInterceptor gate = gate(1, 0);
    Method keyed = Work.class.getDeclaredMethod("keyed", String.class);
    // Two keys in different stripes, and a third: each key has one place, all together two.
    String a = "arrangement-a";
    String b = "arrangement-b";
    String c = "arrangement-c";
    CountDownLatch inside = new CountDownLatch(2);
    CountDownLatch leave = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Object>> held = new ArrayList<>();
      for (String key : List.of(a, b)) {
        held.add(
            pool.submit(
                () ->
                    gate.through(
                        call(
                            keyed,
                            () -> {
                              inside.countDown();
                              leave.await(10, TimeUnit.SECONDS);
                              return key;
                            },
                            key))));
      }
      assertTrue(inside.await(10, TimeUnit.SECONDS), "a and b are both inside at once");
      assertThrows(Busy.class, () -> gate.through(call(keyed, () -> "again", a)), "a is full");
      assertThrows(Busy.class, () -> gate.through(call(keyed, () -> "c", c)), "all are full");
      leave.countDown();
      for (Future<Object> f : held) {
        f.get(10, TimeUnit.SECONDS);
      }
      assertEquals("c", gate.through(call(keyed, () -> "c", c)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aCallFindingTheGateFullIsBusyAndAPlaceFreedIsTakenAgain() throws Exception {
    GateInterceptor gate = gate(1, 0);
    Method full = Work.class.getDeclaredMethod("full");
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch leave = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<Object> first =
          pool.submit(
              () ->
                  gate.through(
                      call(
                          full,
                          () -> {
                            inside.countDown();
                            leave.await(10, TimeUnit.SECONDS);
                            return "first";
                          })));
      inside.await(10, TimeUnit.SECONDS);
      assertThrows(Busy.class, () -> gate.through(call(full, () -> "second")));
      leave.countDown();
      assertEquals("first", first.get(10, TimeUnit.SECONDS));
      assertEquals("third", gate.through(call(full, () -> "third")));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThreadInsideTheGatePassesItAgain() throws Exception {
    GateInterceptor gate = gate(1, 0);
    Method nested = Work.class.getDeclaredMethod("nested");
    Object answer = gate.through(call(nested, () -> gate.through(call(nested, () -> "inner"))));
    assertEquals("inner", answer);
    // The place was given back: a later call gets in.
    assertEquals("later", gate.through(call(nested, () -> "later")));
  }

  private static InvocationContext call(Method method, Callable<Object> body, Object... args) {
    return new InvocationContext() {
      @Override
      public Object getTarget() {
        return null;
      }

      @Override
      public Object getTimer() {
        return null;
      }

      @Override
      public Method getMethod() {
        return method;
      }

      @Override
      public Constructor<?> getConstructor() {
        return null;
      }

      @Override
      public Object[] getParameters() {
        return args;
      }

      @Override
      public void setParameters(Object[] params) {}

      @Override
      public Map<String, Object> getContextData() {
        return Map.of();
      }

      @Override
      public Object proceed() throws Exception {
        return body.call();
      }
    };
  }
}
