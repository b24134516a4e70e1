package corpus.blockingingestonrequestpath;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A Spring MVC chat endpoint that streams tokens with server-sent events. The span ends in the emitter's callbacks;
 * an early export is requested and not waited on.
 */
@RestController
public class RealisticAppChatControllerSse {
  private final Tracer tracer;
  private final StreamingChatModel model;
  private final SdkTracerProvider tracerProvider;

  public RealisticAppChatControllerSse(Tracer tracer, StreamingChatModel model, SdkTracerProvider tracerProvider) {
    this.tracer = tracer;
    this.model = model;
    this.tracerProvider = tracerProvider;
  }

  @GetMapping(path = "/chat/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter stream(@RequestParam String prompt) {
    SseEmitter emitter = new SseEmitter(120_000L);
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    emitter.onCompletion(span::end);
    emitter.onTimeout(() -> {
      span.setAttribute("chat.timeout", true);
      span.end();
    });
    model.chat(prompt, new StreamingChatResponseHandler() {
      @Override
      public void onPartialResponse(String token) {
        try {
          emitter.send(SseEmitter.event().name("token").data(token));
        } catch (IOException e) {
          emitter.completeWithError(e);
        }
      }

      @Override
      public void onCompleteResponse(ChatResponse response) {
        emitter.complete();
        tracerProvider.forceFlush();
      }

      @Override
      public void onError(Throwable error) {
        span.recordException(error);
        emitter.completeWithError(error);
      }
    });
    return emitter;
  }

  @GetMapping("/chat")
  public String chat(@RequestParam String prompt) {
    Span span = tracer.spanBuilder("chat").startSpan();
    try {
      return model.toString().isEmpty() ? "" : prompt.strip();
    } finally {
      span.end();
      tracerProvider.forceFlush().whenComplete(() -> { });
    }
  }
}
