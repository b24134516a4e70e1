package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;

/** Spans the method did not start: current, from a context, wrapped, invalid, parameters and fields. */
public class OtelNotOwned {
  private Span field = Span.getInvalid();

  public void notStartedHere(Span parameter, Context context, SpanContext remote) {
    Span current = Span.current();
    Span fromContext = Span.fromContext(context);
    Span wrapped = Span.wrap(remote);
    Span invalid = Span.getInvalid();
    callTool();
    current.addEvent("tool called");
    fromContext.addEvent("tool called");
    wrapped.end();
    invalid.end();
    parameter.end();
    field.end();
  }

  private void callTool() {}
}
