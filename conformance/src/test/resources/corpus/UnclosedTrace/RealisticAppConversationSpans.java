package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A chat service that keeps one long-lived span per conversation: opened on the first message, ended when the user
 * closes the conversation or it expires. Turns are child spans ended in finally.
 */
public class RealisticAppConversationSpans {
  interface Assistant {
    String reply(String conversationId, String message);
  }

  private final Tracer tracer;
  private final Assistant assistant;
  private final Map<String, Span> conversations = new ConcurrentHashMap<>();

  public RealisticAppConversationSpans(Tracer tracer, Assistant assistant) {
    this.tracer = tracer;
    this.assistant = assistant;
  }

  public String onMessage(String conversationId, String message) {
    Span conversation = conversations.computeIfAbsent(conversationId,
        id -> tracer.spanBuilder("conversation").setAttribute("conversation.id", id).startSpan());
    Span turn = tracer.spanBuilder("conversation.turn").setParent(Context.current().with(conversation)).startSpan();
    try (Scope scope = turn.makeCurrent()) {
      return assistant.reply(conversationId, message);
    } catch (RuntimeException e) {
      turn.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      turn.end();
    }
  }

  public void open(String conversationId, String channel) {
    Span span = tracer.spanBuilder("conversation").setAttribute("channel", channel).startSpan();
    Span previous = conversations.put(conversationId, span);
    if (previous != null) {
      previous.setAttribute("conversation.replaced", true);
      previous.end();
    }
  }

  public void close(String conversationId) {
    Optional.ofNullable(conversations.remove(conversationId)).ifPresent(Span::end);
  }

  public void expireAll() {
    conversations.values().forEach(span -> span.setAttribute("conversation.expired", true));
    conversations.values().forEach(Span::end);
    conversations.clear();
  }

  /** Routing by intent with a switch expression inside the turn's try. */
  public String route(String conversationId, String intent, String message) {
    Span span = tracer.spanBuilder("conversation.route").setAttribute("intent", intent).startSpan();
    try (Scope scope = span.makeCurrent()) {
      String answer = switch (intent) {
        case "smalltalk" -> "Hello!";
        case "search", "lookup" -> assistant.reply(conversationId, "search: " + message);
        default -> {
          span.addEvent("fallback");
          yield assistant.reply(conversationId, message);
        }
      };
      span.setAttribute("answer.chars", answer.length());
      return answer;
    } finally {
      span.end();
    }
  }
}
