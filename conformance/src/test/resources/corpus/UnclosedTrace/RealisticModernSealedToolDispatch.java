package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.util.Map;

/**
 * A dispatcher over a sealed hierarchy of agent actions: switch expressions with patterns pick the work, each arm's
 * span is ended in a finally, and a text block builds the prompt.
 */
public class RealisticModernSealedToolDispatch {
  sealed interface Action permits Search, Fetch, Answer {}

  record Search(String query, int limit) implements Action {}

  record Fetch(String url, Duration timeout) implements Action {}

  record Answer(String text) implements Action {}

  interface Backend {
    String search(String query, int limit);

    String fetch(String url, Duration timeout);
  }

  private static final String PROMPT =
      """
      You are a research assistant.
      Use the tools below and answer in one paragraph.
      """;

  private final Tracer tracer;
  private final Backend backend;

  public RealisticModernSealedToolDispatch(Tracer tracer, Backend backend) {
    this.tracer = tracer;
    this.backend = backend;
  }

  public String dispatch(Action action) {
    Span span = tracer.spanBuilder(spanName(action)).setSpanKind(SpanKind.INTERNAL).startSpan();
    try (Scope scope = span.makeCurrent()) {
      if (action instanceof Search s) {
        return backend.search(s.query(), s.limit());
      } else if (action instanceof Fetch f) {
        return backend.fetch(f.url(), f.timeout());
      }
      return ((Answer) action).text();
    } finally {
      span.end();
    }
  }

  public String dispatchWithYield(Action action, Map<String, String> cache) {
    Span span = tracer.spanBuilder("cached " + spanName(action)).startSpan();
    try {
      String out =
          switch (kindOf(action)) {
            case SEARCH -> {
              Search s = (Search) action;
              String hit = cache.get(s.query());
              if (hit != null) {
                span.setAttribute("cache.hit", true);
                yield hit;
              }
              yield backend.search(s.query(), s.limit());
            }
            case FETCH -> backend.fetch(((Fetch) action).url(), ((Fetch) action).timeout());
            default -> ((Answer) action).text();
          };
      return PROMPT + out;
    } finally {
      span.end();
    }
  }

  public String describe(Object value) {
    if (value instanceof Search s && s.limit() > 0) {
      Span span = tracer.spanBuilder("describe").startSpan();
      try {
        return backend.search(s.query(), s.limit());
      } finally {
        span.end();
      }
    }
    return String.valueOf(value);
  }

  enum Kind {
    SEARCH,
    FETCH,
    ANSWER
  }

  private static Kind kindOf(Action action) {
    return action instanceof Search ? Kind.SEARCH : action instanceof Fetch ? Kind.FETCH : Kind.ANSWER;
  }

  private static String spanName(Action action) {
    return switch (kindOf(action)) {
      case SEARCH -> "search";
      case FETCH -> "fetch " + ((Fetch) action).url();
      case ANSWER -> "answer";
    };
  }
}
