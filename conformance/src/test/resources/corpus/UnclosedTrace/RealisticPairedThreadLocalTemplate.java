package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A template method keeps the step's span and scope in a {@link ThreadLocal} between its {@code begin} and
 * {@code end} hooks, and the template calls {@code end} in a {@code finally}: subclasses only write the step.
 */
abstract class RealisticPairedThreadLocalTemplate<T> {
  private record Active(Span span, Scope scope) {}

  private static final ThreadLocal<Active> ACTIVE = new ThreadLocal<>();

  private final Tracer tracer;

  RealisticPairedThreadLocalTemplate(Tracer tracer) {
    this.tracer = tracer;
  }

  protected abstract T doStep(String input) throws Exception;

  public final T run(String input) throws Exception {
    begin(getClass().getSimpleName());
    Throwable failure = null;
    try {
      return doStep(input);
    } catch (Exception | Error e) {
      failure = e;
      throw e;
    } finally {
      end(failure);
    }
  }

  private void begin(String step) {
    Span span = tracer.spanBuilder(step).startSpan();
    Scope scope = span.makeCurrent();
    ACTIVE.set(new Active(span, scope));
  }

  private static void end(Throwable failure) {
    Active active = ACTIVE.get();
    if (active == null) {
      return;
    }
    ACTIVE.remove();
    active.scope().close();
    if (failure != null) {
      active.span().recordException(failure);
      active.span().setStatus(StatusCode.ERROR);
    }
    active.span().end();
  }

  /** A span kept alone in a thread local, by a step that starts it and a listener that ends it. */
  static final class StepSpans {
    private static final ThreadLocal<Span> CURRENT = new ThreadLocal<>();

    static void stepStarted(Tracer tracer, String name) {
      Span previous = CURRENT.get();
      if (previous != null) {
        previous.end();
      }
      CURRENT.set(tracer.spanBuilder(name).startSpan());
    }

    static void stepFinished() {
      Span span = CURRENT.get();
      CURRENT.remove();
      if (span != null) {
        span.end();
      }
    }
  }
}
