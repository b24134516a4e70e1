package corpus.unclosedtrace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** A JMH benchmark is not test code: its {@code @Setup}, {@code @TearDown} and {@code @Benchmark} are judged. */
@State(Scope.Benchmark)
public class JmhBenchmarkIsMainCode {
  private Tracer tracer;

  @Setup
  public void createTracer() {
    tracer = OpenTelemetry.noop().getTracer("bench");
  }

  @Benchmark
  public void flagsSpanLeftOpenInABenchmark() {
    Span span = tracer.spanBuilder("op").startSpan(); // tracelint-expect: UnclosedTrace
    work();
    span.end();
  }

  @TearDown
  public void acceptsNothingToEnd() {}

  private void work() {
    Remote.call();
  }
}
