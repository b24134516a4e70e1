package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** JMH: a span started in {@code @Setup} and ended in {@code @TearDown} lives as long as the benchmark's state. */
public class BenchmarkFixtureStarts {

  /** Started per iteration, ended per iteration through the context. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class SpanPerIteration {
    Tracer tracer;
    Scope scope;

    @Setup(Level.Iteration)
    public void start() {
      Span span = tracer.spanBuilder("iteration").startSpan();
      scope = span.makeCurrent();
    }

    @TearDown(Level.Iteration)
    public void end() {
      Span.current().end();
      scope.close();
    }
  }

  /** A segment begun once per trial, ended once per trial. */
  @State(org.openjdk.jmh.annotations.Scope.Thread)
  public static class SegmentPerTrial {
    @Setup(Level.Trial)
    public void begin() {
      AWSXRay.beginSegment("benchmark");
    }

    @TearDown(Level.Trial)
    public void end() {
      AWSXRay.endSegment();
    }
  }

  /** Started in setup, never ended: the teardown only resets a counter. */
  @State(org.openjdk.jmh.annotations.Scope.Benchmark)
  public static class SpanNeverEnded {
    Tracer tracer;
    int calls;

    @Setup
    public void start() {
      Span span = tracer.spanBuilder("trial").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      span.setAttribute("calls", calls);
    }

    @TearDown
    public void reset() {
      calls = 0;
    }
  }
}
