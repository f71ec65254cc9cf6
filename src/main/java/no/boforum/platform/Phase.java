package no.boforum.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Selects one start phase: {@code void load(@Observes @Phase(StartPhase.CONTENT) Started s)} runs
 * when the content phase comes, after every observer of the phases before it.
 */
@Qualifier
@Retention(RUNTIME)
@Target({PARAMETER, FIELD, METHOD, TYPE})
public @interface Phase {
  StartPhase value();

  /** The qualifier as a value, for firing the event of one phase. */
  final class Literal extends AnnotationLiteral<Phase> implements Phase {
    private static final long serialVersionUID = 1L;
    private final StartPhase value;

    public Literal(StartPhase value) {
      this.value = value;
    }

    @Override
    public StartPhase value() {
      return value;
    }
  }
}
