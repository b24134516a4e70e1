package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/**
 * A Micrometer {@link ObservationHandler} that bridges observations to OpenTelemetry spans: {@code onStart} keeps the
 * span in the observation's context, {@code onScopeOpened} keeps the span's scope there, and {@code onScopeClosed} /
 * {@code onStop} close and end them.
 */
class RealisticPairedObservationHandler implements ObservationHandler<Observation.Context> {
  private final Tracer tracer;

  RealisticPairedObservationHandler(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onStart(Observation.Context context) {
    String name = context.getContextualName() != null ? context.getContextualName() : context.getName();
    Span span = tracer.spanBuilder(name).startSpan();
    context.put(Span.class, span);
  }

  @Override
  public void onScopeOpened(Observation.Context context) {
    Span span = context.get(Span.class);
    if (span == null) {
      return;
    }
    Scope scope = span.makeCurrent();
    context.put(Scope.class, scope);
  }

  @Override
  public void onScopeClosed(Observation.Context context) {
    Object scope = context.remove(Scope.class);
    if (scope instanceof Scope) {
      ((Scope) scope).close();
    }
  }

  @Override
  public void onError(Observation.Context context) {
    Span span = context.get(Span.class);
    if (span != null && context.getError() != null) {
      span.recordException(context.getError());
      span.setStatus(StatusCode.ERROR);
    }
  }

  @Override
  public void onStop(Observation.Context context) {
    Span span = context.get(Span.class);
    context.remove(Span.class);
    if (span != null) {
      context.getLowCardinalityKeyValues().forEach(kv -> span.setAttribute(kv.getKey(), kv.getValue()));
      span.end();
    }
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }
}
