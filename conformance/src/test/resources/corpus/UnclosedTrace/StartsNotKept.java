package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Optional;

/**
 * Starts whose value the method does not keep in a local of a statement list: wrapped and returned, a conditional
 * operand, chained into a scope: not judged. A value start dropped by its statement, or assigned by the branch of an
 * unbraced if, is.
 */
public class StartsNotKept {
  private final Tracer tracer;
  private final ObservationRegistry registry;

  public StartsNotKept(Tracer tracer, ObservationRegistry registry) {
    this.tracer = tracer;
    this.registry = registry;
  }

  public Optional<Span> ignoresStartWrappedAndReturned() {
    return Optional.of(tracer.spanBuilder("wrapped").startSpan());
  }

  public Span ignoresStartInAReturnedConditional(boolean traced) {
    return traced ? tracer.spanBuilder("maybe").startSpan() : Span.getInvalid();
  }

  public void ignoresStartInAConditionalKeptInALocal(boolean traced) {
    Span span = traced ? tracer.spanBuilder("maybe").startSpan() : Span.getInvalid();
    callTool();
    span.end();
  }

  public void ignoresTheSpanOfAChainIntoAScope() {
    try (Scope scope = tracer.spanBuilder("chained").startSpan().makeCurrent()) {
      Span.current().end();
    }
  }

  public Observation ignoresStaticStartReturned() {
    return Observation.start("returned", registry);
  }

  public void flagsDroppedSpan() {
    tracer.spanBuilder("dropped").startSpan(); // tracelint-expect: UnclosedTrace -- span started by startSpan()
    callTool();
  }

  public void flagsDroppedStaticStart() {
    Observation.start("fire-and-forget", registry); // tracelint-expect: UnclosedTrace -- observation started by start()
  }

  public void flagsStartAssignedByAnUnbracedIf(boolean traced) {
    Span span = Span.getInvalid();
    if (traced) span = tracer.spanBuilder("maybe").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    callTool();
  }

  private void callTool() {}
}
