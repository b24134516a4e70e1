package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A chat API whose telemetry service "makes sure" each conversation's trace reaches the LLM-observability backend. */
@RestController
public class RealisticAgentChatTelemetryBean {
  interface Agent {
    String reply(String conversationId, String message);
  }

  record ChatRequest(String conversationId, String message) {}

  /** Telemetry helpers injected into the controller. */
  @Service
  static class ConversationTelemetry {
    private final SdkTracerProvider tracerProvider;

    ConversationTelemetry(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    void conversationFinished(String conversationId) {
      Span.current().setAttribute("gen_ai.conversation.id", conversationId);
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS);
    }

    @Async
    void conversationFinishedAsync(String conversationId) {
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS);
    }

    void requestExport() {
      tracerProvider.forceFlush();
    }
  }

  private final Tracer tracer;
  private final Agent agent;
  private final ConversationTelemetry telemetry;

  RealisticAgentChatTelemetryBean(Tracer tracer, Agent agent, ConversationTelemetry telemetry) {
    this.tracer = tracer;
    this.agent = agent;
    this.telemetry = telemetry;
  }

  @PostMapping("/chat")
  public String chat(@RequestBody ChatRequest request) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      return agent.reply(request.conversationId(), request.message());
    } finally {
      span.end();
      telemetry.conversationFinished(request.conversationId()); // tracelint-expect: BlockingIngestOnRequestPath
    }
  }

  @PostMapping("/chat/async-export")
  public String chatAsyncExport(@RequestBody ChatRequest request) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      return agent.reply(request.conversationId(), request.message());
    } finally {
      span.end();
      telemetry.conversationFinishedAsync(request.conversationId());
    }
  }

  @PostMapping("/chat/export-requested")
  public String chatExportRequested(@RequestBody ChatRequest request) {
    String reply = agent.reply(request.conversationId(), request.message());
    telemetry.requestExport();
    return reply;
  }
}
