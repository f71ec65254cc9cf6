package no.boforum.platform;

/** Reading a failure's chain of causes: containers wrap what a use case threw. */
public final class Failures {
  private Failures() {}

  /** True if {@code e} or one of its causes is a {@code type}. */
  public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
