package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Small tracing helpers a platform team ships: generic wrappers, explicit end timestamps, context propagation. */
public final class RealisticCleanTracingUtilities {
  private final Tracer tracer;

  public RealisticCleanTracingUtilities(Tracer tracer) {
    this.tracer = tracer;
  }

  public <T> T inSpan(String name, Supplier<T> body) {
    Span span = tracer.spanBuilder(name).startSpan();
    try (Scope scope = span.makeCurrent()) {
      return body.get();
    } catch (Throwable t) {
      span.recordException(t);
      span.setStatus(StatusCode.ERROR);
      throw t;
    } finally {
      span.end();
    }
  }

  public <T> T inSpanChecked(String name, Callable<T> body) throws Exception {
    Span span = tracer.spanBuilder(name).startSpan();
    Context context = Context.current().with(span);
    try (Scope scope = context.makeCurrent()) {
      return body.call();
    } finally {
      span.end();
    }
  }

  public void recordCompleted(String name, Instant started, Instant finished) {
    Span span = tracer.spanBuilder(name).setStartTimestamp(started).startSpan();
    span.end(finished);
  }

  public Runnable wrap(String name, Runnable task) {
    Context parent = Context.current();
    return () -> {
      Span span = tracer.spanBuilder(name).setParent(parent).startSpan();
      try (Scope scope = span.makeCurrent()) {
        task.run();
      } finally {
        span.end();
      }
    };
  }

  public void annotateCurrent(String key, String value) {
    Span.current().setAttribute(key, value);
  }
}
