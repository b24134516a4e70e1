package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** Starts inside lambdas, anonymous classes and records are judged within their own bodies. */
public class LambdasAndClasses {
  private final Tracer tracer;

  public LambdasAndClasses(Tracer tracer) {
    this.tracer = tracer;
  }

  record Step(String name, int attempt) {}

  public Runnable leakingLambda() {
    return () -> {
      Span span = tracer.spanBuilder("task").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      callTool();
      span.end();
    };
  }

  public Runnable lambdaEndedInFinally() {
    return () -> {
      Span span = tracer.spanBuilder("task").startSpan();
      try {
        callTool();
      } finally {
        span.end();
      }
    };
  }

  public Callable<String> leakingAnonymousClass() {
    return new Callable<String>() {
      @Override
      public String call() {
        Span span = tracer.spanBuilder("call").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
        String answer = answer();
        span.end();
        return answer;
      }
    };
  }

  public Supplier<Span> factory() {
    return () -> tracer.spanBuilder("handed.off").startSpan();
  }

  public String describe(Object input) {
    Span span = tracer.spanBuilder("describe").startSpan();
    try {
      String kind =
          switch (input.getClass().getSimpleName()) {
            case "Step" -> "step";
            default -> "other";
          };
      if (input instanceof Step step && step.attempt() > 1) {
        return kind + " retry";
      }
      return kind;
    } finally {
      span.end();
    }
  }

  private void callTool() {
    Remote.call();
  }

  private String answer() {
    return "";
  }
}
