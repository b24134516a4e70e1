package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.Callable;

/**
 * Tracing through interfaces: a default method that wraps any Callable, a static interface method that starts and
 * returns a span (the caller owns it), and an implementation whose override forgets the finally.
 */
public class RealisticModernDefaultMethodTracing {
  interface TracedComponent {
    Tracer tracer();

    default <T> T traced(String name, Callable<? extends T> work) throws Exception {
      Span span = tracer().spanBuilder(name).startSpan();
      try (Scope scope = span.makeCurrent()) {
        return work.call();
      } catch (Exception e) {
        span.setStatus(StatusCode.ERROR);
        span.recordException(e);
        throw e;
      } finally {
        span.end();
      }
    }

    static Span startChild(Tracer tracer, String name) {
      return tracer.spanBuilder(name).startSpan();
    }

    String run(String input) throws Exception;
  }

  record Summarizer(Tracer tracer, Callable<String> model) implements TracedComponent {
    @Override
    public String run(String input) throws Exception {
      return traced("summarize", model);
    }
  }

  record Translator(Tracer tracer, Callable<String> model) implements TracedComponent {
    @Override
    public String run(String input) throws Exception {
      Span span = TracedComponent.startChild(tracer, "translate");
      try {
        return model.call();
      } finally {
        span.end();
      }
    }
  }

  record Classifier(Tracer tracer, Callable<String> model) implements TracedComponent {
    @Override
    public String run(String input) throws Exception {
      Span span = tracer.spanBuilder("classify").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      String label = model.call();
      span.setAttribute("label", label);
      span.end();
      return label;
    }
  }
}
