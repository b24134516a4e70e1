package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;

/** In a multi-line builder chain the finding is on the line of the startSpan name, not of the receiver. */
public class OtelBuilderChain {
  private final Tracer tracer;

  public OtelBuilderChain(Tracer tracer) {
    this.tracer = tracer;
  }

  public void chained() {
    Span span =
        tracer
            .spanBuilder("llm.call")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(AttributeKey.stringKey("llm.model"), "small")
            .startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callModel();
    span.end();
  }

  public void chainedAndEndedInFinally() {
    Span span =
        tracer
            .spanBuilder("llm.call")
            .setSpanKind(SpanKind.CLIENT)
            .startSpan();
    try {
      callModel();
    } finally {
      span.end();
    }
  }

  private void callModel() {
    Remote.call();
  }
}
