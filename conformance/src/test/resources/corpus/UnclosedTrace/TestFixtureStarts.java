package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Test fixtures: what a setup method begins, the matching teardown of the same class ends or clears, and the framework
 * runs that teardown whatever the test did. A start in setup without such a teardown, or in a test, still counts. The
 * file is test code, so these verdicts hold with IncludeTestCode on; by default no rule looks at it.
 */
public class TestFixtureStarts {

  /** JUnit 5: a segment begun before each test, cleared after each. */
  public static class SegmentPerTest {
    @BeforeEach
    void beginSegment() {
      AWSXRay.beginSegment("test");
      AWSXRay.getCurrentSegment().putAnnotation("suite", "agent");
    }

    @AfterEach
    void clearSegment() {
      AWSXRay.clearTraceEntity();
    }
  }

  /** JUnit 5: a span started once for the class, ended through the context once after all tests. */
  public static class SpanPerClass {
    static Tracer tracer;

    @BeforeAll
    static void startSpan() {
      Span span = tracer.spanBuilder("suite").startSpan();
      span.setAttribute("suite", "agent");
    }

    @AfterAll
    static void endSpan() {
      Span.current().end();
    }
  }

  /** JUnit 4: a subsegment begun before each test, ended after each. */
  public static class SubsegmentPerTestJUnit4 {
    @org.junit.Before
    public void beginSubsegment() {
      AWSXRay.beginSubsegment("step");
    }

    @org.junit.After
    public void endSubsegment() {
      AWSXRay.endSubsegment();
    }
  }

  /** Setup without a teardown: nothing ends the segment. */
  public static class SegmentNeverCleared {
    @BeforeEach
    void beginSegment() {
      AWSXRay.beginSegment("test"); // tracelint-expect-in-test-code: UnclosedTrace -- segment started by beginSegment()
    }
  }

  /** Begun before each test, ended only once after all: every test but the last leaves one open. */
  public static class SegmentEndedByTheWrongTeardown {
    @BeforeEach
    void beginSegment() {
      AWSXRay.beginSegment("test"); // tracelint-expect-in-test-code: UnclosedTrace -- segment started by beginSegment()
    }

    @AfterAll
    static void endSegment() {
      AWSXRay.endSegment();
    }
  }

  /** A start in an ordinary method is judged as always, whatever the class's teardown does. */
  public static class StartOutsideSetup {
    void runStep() {
      AWSXRay.beginSegment("step"); // tracelint-expect-in-test-code: UnclosedTrace -- segment started by beginSegment()
      callTool();
    }

    @AfterEach
    void clearSegment() {
      AWSXRay.clearTraceEntity();
    }

    private void callTool() {}
  }
}
