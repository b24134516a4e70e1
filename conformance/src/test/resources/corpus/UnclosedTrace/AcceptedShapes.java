package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.concurrent.ExecutorService;

/** Correct code in the shapes real agent apps use: none of it may be flagged. */
public class AcceptedShapes {
  private final Tracer tracer;

  public AcceptedShapes(Tracer tracer) {
    this.tracer = tracer;
  }

  public void spanPerItemEndedInFinally(List<String> tools) {
    for (String tool : tools) {
      Span span = tracer.spanBuilder("tool").setAttribute("tool", tool).startSpan();
      try {
        if (tool.isEmpty()) {
          continue;
        }
        callTool(tool);
      } finally {
        span.end();
      }
    }
  }

  public void scopeAndSpanClosedTogether() {
    Span span = tracer.spanBuilder("turn").startSpan();
    Scope scope = span.makeCurrent();
    try {
      callTool("search");
    } finally {
      scope.close();
      span.end();
    }
  }

  public void endedInAnotherThread(ExecutorService executor) {
    Span span = tracer.spanBuilder("background").startSpan();
    executor.execute(
        () -> {
          try (Scope scope = span.makeCurrent()) {
            callTool("index");
          } finally {
            span.end();
          }
        });
  }

  public void contextScopeInTryWithResources() {
    Span span = tracer.spanBuilder("turn").startSpan();
    try (Scope scope = Context.current().with(span).makeCurrent()) {
      callTool("search");
    } finally {
      span.end();
    }
  }

  public void earlyEndBeforeReturn(boolean skip) {
    Span span = tracer.spanBuilder("turn").startSpan();
    if (skip) {
      span.setStatus(StatusCode.UNSET);
      span.end();
      return;
    }
    span.setAttribute("ran", true);
    span.end();
  }

  public void loopThatStaysBeforeTheEnd(int[] scores) {
    Span span = tracer.spanBuilder("score").startSpan();
    int best = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] < 0) {
        break;
      }
      if (scores[i] == 0) {
        continue;
      }
      best = scores[i] > best ? scores[i] : best;
    }
    span.setAttribute("best", best);
    span.end();
  }

  public void nullGuardedEnd() {
    Span span = tracer.spanBuilder("turn").startSpan();
    if (span != null) {
      span.end();
    }
  }

  private void callTool(String tool) {}
}
