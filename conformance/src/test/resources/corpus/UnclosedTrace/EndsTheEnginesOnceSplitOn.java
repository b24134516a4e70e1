package corpus.unclosedtrace;

import com.amazonaws.xray.AWSXRay;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.ExecutorService;

/**
 * Shapes on which Error Prone and PMD once gave different verdicts, before one procedure decided for both: an end call
 * that only a lambda makes does not end anything on this path, a lock taken by a call can throw before the end, and
 * an accessor called on {@code this} is not a bare-name accessor.
 */
public class EndsTheEnginesOnceSplitOn {
  private final Tracer tracer;
  private final ExecutorService executor;
  private final Object lock = new Object();
  private String path;

  public EndsTheEnginesOnceSplitOn(Tracer tracer, ExecutorService executor) {
    this.tracer = tracer;
    this.executor = executor;
  }

  public void segmentEndedOnlyByASubmittedTask() {
    AWSXRay.beginSegment("agent"); // tracelint-expect: UnclosedTrace -- segment started by beginSegment()
    executor.submit(() -> AWSXRay.endSegment());
    callTool();
  }

  public void segmentEndedInFinallyBesideATask() {
    AWSXRay.beginSegment("agent");
    try {
      executor.submit(() -> callTool());
      callTool();
    } finally {
      AWSXRay.endSegment();
    }
  }

  public void endUnderALockACallReturns() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    synchronized (lockFor("step")) {
      span.end();
    }
  }

  public void endUnderAFieldLock() {
    Span span = tracer.spanBuilder("step").startSpan();
    synchronized (lock) {
      span.end();
    }
  }

  public void accessorOnThisBeforeTheTry() {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace
    String current = this.getPath();
    try {
      span.setAttribute("path", current);
      callTool();
    } finally {
      span.end();
    }
  }

  public void accessorOnAParameterBeforeTheTry(EndsTheEnginesOnceSplitOn other) {
    Span span = tracer.spanBuilder("step").startSpan();
    String current = other.getPath();
    try {
      span.setAttribute("path", current);
      callTool();
    } finally {
      span.end();
    }
  }

  public String getPath() {
    return path;
  }

  private Object lockFor(String name) {
    Remote.call();
    return name.isEmpty() ? lock : name;
  }

  private static void callTool() {
    Remote.call();
  }
}
