package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A chat controller over an LLM client, with manual OpenTelemetry spans. */
@RestController
public class RealisticAskController {
  private static final Logger log = LoggerFactory.getLogger(RealisticAskController.class);

  interface ChatModel {
    String chat(String prompt);
  }

  interface PromptTemplates {
    String render(String name, Map<String, Object> variables);
  }

  record AskRequest(String question, String conversationId) {}

  private final Tracer tracer;
  private final ChatModel chatModel;
  private final PromptTemplates templates;

  RealisticAskController(Tracer tracer, ChatModel chatModel, PromptTemplates templates) {
    this.tracer = tracer;
    this.chatModel = chatModel;
    this.templates = templates;
  }

  @PostMapping("/ask")
  public String ask(@RequestBody AskRequest request) {
    Span span = tracer.spanBuilder("chat.ask").startSpan();
    span.setAttribute("conversation.id", request.conversationId());
    log.debug("asking in conversation {}", request.conversationId());
    try (Scope scope = span.makeCurrent()) {
      return chatModel.chat(request.question());
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  @PostMapping("/summarize")
  public String summarize(@RequestBody AskRequest request) {
    Span span = tracer.spanBuilder("chat.summarize").startSpan(); // tracelint-expect: UnclosedTrace
    String prompt = templates.render("summarize", Map.of("text", request.question()));
    try (Scope scope = span.makeCurrent()) {
      return chatModel.chat(prompt);
    } finally {
      span.end();
    }
  }

  @PostMapping("/translate")
  public String translate(@RequestBody AskRequest request) {
    String prompt = templates.render("translate", Map.of("text", request.question()));
    Span span = tracer.spanBuilder("chat.translate").setAttribute("prompt.length", prompt.length()).startSpan();
    try (Scope scope = span.makeCurrent()) {
      return chatModel.chat(prompt);
    } finally {
      span.end();
    }
  }
}
