package modern;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records, sealed hierarchies, switch expressions, patterns and text blocks around tracing and logging calls. */
public final class RecordsAndSealedTypes {
  private static final Logger LOG = LoggerFactory.getLogger(RecordsAndSealedTypes.class);

  /** A record with a compact constructor that validates and logs. */
  public record Credentials(String user, String apiKey) {
    public Credentials {
      Objects.requireNonNull(user, "user");
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("API key is missing");
      }
      LOG.info("credentials for {} (key length {})", user, apiKey.length());
    }

    String keyPrefix() {
      return apiKey.substring(0, 4);
    }
  }

  public sealed interface Step permits Prompt, ToolCall, Answer {}

  public record Prompt(String text) implements Step {}

  public record ToolCall(String tool, List<String> args) implements Step {}

  public static final class Answer implements Step {
    final String text;

    Answer(String text) {
      this.text = text;
    }
  }

  private final Tracer tracer;

  public RecordsAndSealedTypes(Tracer tracer) {
    this.tracer = tracer;
  }

  String describe(Step step) {
    if (step instanceof Prompt p) {
      return "prompt " + p.text().length();
    } else if (step instanceof ToolCall call) {
      Span span = tracer.spanBuilder("tool " + call.tool()).startSpan();
      try (Scope ignored = span.makeCurrent()) {
        return call.tool() + call.args();
      } finally {
        span.end();
      }
    } else if (step instanceof Answer answer) {
      return """
          answer:
            %s
          """.formatted(answer.text);
    }
    throw new IllegalStateException("sealed: unreachable");
  }

  int weight(Object value) {
    if (value instanceof Credentials credentials && !credentials.user().isEmpty()) {
      return credentials.keyPrefix().length();
    }
    if (value instanceof String text && text.length() > 3) {
      return text.length();
    }
    int day = value.hashCode() % 7;
    int kind = switch (day) {
      case 0, 6 -> 1;
      case 1 -> {
        int base = 2;
        yield base * 2;
      }
      default -> {
        Span span = tracer.spanBuilder("weekday").startSpan();
        span.setAttribute("day", day);
        span.end();
        yield 3;
      }
    };
    switch (kind) {
      case 1:
        LOG.debug("weekend");
        break;
      default:
        LOG.debug("weekday {}", kind);
    }
    return kind;
  }

  String query() {
    String sql = """
        SELECT id, token_count
          FROM traces
         WHERE api_key_prefix = ?
        """;
    LOG.info("query {}", sql);
    return sql;
  }
}
