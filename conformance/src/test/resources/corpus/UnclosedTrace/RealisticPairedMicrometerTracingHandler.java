package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

/**
 * An observation handler written on micrometer-tracing: the span is started in {@code onStart} and kept in the
 * context; {@code onScopeOpened} puts it in scope and keeps the {@link Tracer.SpanInScope} in the context too, for
 * {@code onScopeClosed}; {@code onStop} ends the span.
 */
class RealisticPairedMicrometerTracingHandler implements ObservationHandler<Observation.Context> {
  private static final class Held {
    final Span span;
    Tracer.SpanInScope inScope;

    Held(Span span) {
      this.span = span;
    }
  }

  private final Tracer tracer;

  RealisticPairedMicrometerTracingHandler(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public void onStart(Observation.Context context) {
    Span span = tracer.nextSpan().name(context.getName());
    span.start();
    context.put(Held.class, new Held(span));
  }

  @Override
  public void onScopeOpened(Observation.Context context) {
    Held held = context.get(Held.class);
    if (held != null) {
      held.inScope = tracer.withSpan(held.span);
    }
  }

  @Override
  public void onScopeClosed(Observation.Context context) {
    Held held = context.get(Held.class);
    if (held != null && held.inScope != null) {
      held.inScope.close();
      held.inScope = null;
    }
  }

  @Override
  public void onError(Observation.Context context) {
    Held held = context.get(Held.class);
    if (held != null && context.getError() != null) {
      held.span.error(context.getError());
    }
  }

  @Override
  public void onStop(Observation.Context context) {
    Held held = context.get(Held.class);
    if (held != null) {
      held.span.name(context.getContextualName() != null ? context.getContextualName() : context.getName());
      held.span.end();
    }
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }
}
