package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextStorage;
import io.opentelemetry.context.Scope;
import org.slf4j.MDC;

/**
 * An OpenTelemetry {@link ContextStorage} wrapper that mirrors the current trace id into the logging context: the
 * delegate's scope is closed by the scope this wrapper returns, which restores the previous MDC values.
 */
class RealisticPairedContextStorageWrapper implements ContextStorage {
  static void install() {
    ContextStorage.addWrapper(RealisticPairedContextStorageWrapper::new);
  }

  private final ContextStorage delegate;

  RealisticPairedContextStorageWrapper(ContextStorage delegate) {
    this.delegate = delegate;
  }

  @Override
  public Scope attach(Context toAttach) {
    String previousTrace = MDC.get("trace_id");
    String previousSpan = MDC.get("span_id");
    Scope scope = delegate.attach(toAttach);
    SpanContext spanContext = Span.fromContext(toAttach).getSpanContext();
    if (spanContext.isValid()) {
      MDC.put("trace_id", spanContext.getTraceId());
      MDC.put("span_id", spanContext.getSpanId());
    }
    return () -> {
      scope.close();
      restore("trace_id", previousTrace);
      restore("span_id", previousSpan);
    };
  }

  @Override
  public Context current() {
    return delegate.current();
  }

  /** A span made current for the length of a callback pair, closed by the wrapper's scope. */
  Scope attachSpan(Span span) {
    Scope scope = span.makeCurrent();
    return () -> {
      scope.close();
      MDC.remove("span_id");
    };
  }

  private static void restore(String key, String previous) {
    if (previous == null) {
      MDC.remove(key);
    } else {
      MDC.put(key, previous);
    }
  }
}
