package corpus.unclosedtrace;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;

/**
 * Starts outside an ordinary class method: an interface default method, a static initializer block, a generic method
 * of a nested generic class. Each body is judged as a method of its own. (An enum constant's body stays in the PMD
 * tests: the two engines' adapters model it differently, which the adapter agreement test rejects.)
 */
public class OddPlaces {
  private static final Tracer TRACER = GlobalOpenTelemetry.getTracer("agent");

  static {
    Span span = TRACER.spanBuilder("init").startSpan();
    try {
      load();
    } finally {
      span.end();
    }
  }

  interface TracedStep {
    Tracer tracer();

    /** Flagged: the default method ends the span on the normal path only. */
    default void step() {
      Span span = tracer().spanBuilder("default").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      run();
      span.end();
    }

    void run();
  }

  static class Holder<T extends Runnable> {
    static class Inner {
      <S> S pass(Tracer tracer, S value) {
        tracer.spanBuilder("inner").startSpan().end();
        return value;
      }
    }
  }

  private static void load() {}
}
