package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;

/** A static helper of the enclosing class that ends the span on every path, called from nested classes. */
class EnclosingClassHelperEnds {
  interface Tool {
    String run(String input);
  }

  static void finish(Span span, String result) {
    if (result == null) {
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  static class Runner {
    Tracer tracer;
    Tool tool;

    String acceptsEnclosingHelperInFinally(String input) {
      Span span = tracer.spanBuilder("tool").startSpan();
      String result = null;
      try {
        result = tool.run(input);
        return result;
      } finally {
        finish(span, result);
      }
    }

    String flagsEnclosingHelperAfterACallThatCanThrow(String input) {
      Span span = tracer.spanBuilder("tool").startSpan(); // tracelint-expect: UnclosedTrace
      String result = tool.run(input);
      finish(span, result);
      return result;
    }

    String acceptsEnclosingHelperWithNothingBefore(String input) {
      Span span = tracer.spanBuilder("tool").startSpan();
      finish(span, input);
      return input;
    }
  }
}
