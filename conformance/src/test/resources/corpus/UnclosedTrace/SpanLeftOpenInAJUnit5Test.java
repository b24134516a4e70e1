package corpus.unclosedtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Test code (a JUnit 5 test class): a span left open when an assertion fails is how tests are written, not a leak in
 * production. Silent by default; reported with {@code IncludeTestCode=true}.
 */
class SpanLeftOpenInAJUnit5Test {
  private Tracer tracer;

  @BeforeEach
  void createTracer() {
    tracer = OpenTelemetry.noop().getTracer("test");
  }

  @Test
  void acceptsSpanEndedAfterTheAssertionInATest() {
    Span span = tracer.spanBuilder("test").startSpan(); // tracelint-expect-in-test-code: UnclosedTrace -- span 'span'
    assertEquals(4, 2 + 2);
    span.end();
  }
}
