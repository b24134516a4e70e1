package corpus.unclosedtrace;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.junit.Before;

/**
 * Test code by a JUnit 4 lifecycle method alone (no {@code @Test} in the file: the tests extend this fixture).
 * Silent by default; reported with {@code IncludeTestCode=true}.
 */
class SpanLeftOpenInAJUnit4Fixture {
  private final Tracer tracer = OpenTelemetry.noop().getTracer("fixture");

  @Before
  public void acceptsSpanLeftOpenInAJUnit4SetUp() {
    Span span = tracer.spanBuilder("warm-up").startSpan(); // tracelint-expect-in-test-code: UnclosedTrace
    warmUp();
    span.end();
  }

  private void warmUp() {
    Integer.getInteger("warm-up.rounds", 1).toString();
  }
}
