package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Java 17 code around starts: records and their compact constructors, sealed types, switch expressions that yield,
 * patterns, text blocks, generic methods, labeled loops, local and anonymous classes. Starts inside them are judged
 * like any other, and nothing crashes.
 */
public class Java17Shapes {
  sealed interface Step permits Search, Answer {}

  record Search(String query) implements Step {}

  record Answer(String text) implements Step {
    Answer {
      if (text == null) {
        throw new IllegalArgumentException();
      }
    }
  }

  record Traced(Tracer tracer, String name) {
    Traced {
      Span span = tracer.spanBuilder("record.init").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
      validate(name);
      span.end();
    }

    static void validate(String name) {
      Remote.call();
    }
  }

  private final Tracer tracer;

  public Java17Shapes(Tracer tracer) {
    this.tracer = tracer;
  }

  public String flagsATextBlockAndASwitchExpressionThatCallsOut(int mode) {
    Span span = tracer.spanBuilder("prompt").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    String text =
        """
        You are a planner.
        """;
    String picked =
        switch (mode) {
          case 1 -> text.substring(mode * 40);
          default -> text;
        };
    span.end();
    return picked;
  }

  public void acceptsASwitchExpressionThatYieldsBeforeTheEnd(int mode) {
    Span span = tracer.spanBuilder("yield").startSpan();
    int weight =
        switch (mode) {
          case 1:
            yield 10;
          default:
            yield 1;
        };
    span.setAttribute("weight", weight);
    span.end();
  }

  public int flagsStartInASwitchExpressionCaseBlock(int kind) {
    return switch (kind) {
      case 1 -> {
        Span span = tracer.spanBuilder("circle").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
        callTool();
        span.end();
        yield 1;
      }
      default -> 2;
    };
  }

  public void acceptsStartInAPatternMatchedBranchEndedInFinally(Object input) {
    if (input instanceof String text && !text.isEmpty()) {
      Span span = tracer.spanBuilder(text).startSpan();
      try {
        callTool();
      } finally {
        span.end();
      }
    }
  }

  public <T> T acceptsAGenericMethodThatEndsInFinally(Supplier<T> work) {
    Span span = tracer.spanBuilder("generic").startSpan();
    try (Scope scope = span.makeCurrent()) {
      return work.get();
    } finally {
      span.end();
    }
  }

  public void acceptsALabeledBreakOutOfLoopsBeforeASynchronizedEnd(int[][] grid) {
    Span span = tracer.spanBuilder("grid").startSpan();
    outer:
    for (int[] row : grid) {
      for (int cell : row) {
        if (cell < 0) {
          break outer;
        }
      }
    }
    synchronized (this) {
      span.end();
    }
  }

  public List<Function<String, Span>> ignoresStartsReturnedByALocalClassAndALambda() {
    class Local {
      Span open(String name) {
        return tracer.spanBuilder(name).startSpan();
      }
    }
    Local local = new Local();
    return List.of(local::open, name -> tracer.spanBuilder(name).startSpan());
  }

  public void judgesLocalAndAnonymousClassMethodsOnTheirOwn() {
    class Helper {
      void help() {
        Span span = tracer.spanBuilder("local").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
        callTool();
        span.end();
      }
    }
    new Helper().help();
    Runnable anonymous =
        new Runnable() {
          @Override
          public void run() {
            Span span = tracer.spanBuilder("anonymous").startSpan();
            try {
              callTool();
            } finally {
              span.end();
            }
          }
        };
    anonymous.run();
    List.of(1, 2).forEach(i -> tracer.spanBuilder("lambda").startSpan().end());
  }

  private void callTool() {
    Remote.call();
  }
}
