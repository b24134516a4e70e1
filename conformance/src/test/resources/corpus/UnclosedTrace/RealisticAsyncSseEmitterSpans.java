package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A Spring MVC chat endpoint streaming tokens over server-sent events: the request thread returns the emitter at
 * once, and the span of the stream is ended by the emitter's completion, timeout and error callbacks.
 */
@RestController
public class RealisticAsyncSseEmitterSpans {
  interface TokenStream {
    void stream(String question, Consumer<String> onToken);
  }

  private final Tracer tracer;
  private final TokenStream model;
  private final Executor streaming;

  RealisticAsyncSseEmitterSpans(Tracer tracer, TokenStream model, Executor streaming) {
    this.tracer = tracer;
    this.model = model;
    this.streaming = streaming;
  }

  @GetMapping("/chat/stream")
  public SseEmitter stream(@RequestParam String question) {
    SseEmitter emitter = new SseEmitter(120_000L);
    Span span = tracer.spanBuilder("chat.sse").startSpan();
    emitter.onCompletion(span::end);
    emitter.onTimeout(() -> {
      span.setStatus(StatusCode.ERROR, "timeout");
      span.end();
    });
    emitter.onError(error -> {
      span.recordException(error);
      span.end();
    });
    streaming.execute(Context.current().with(span).wrap(() -> {
      try {
        model.stream(question, token -> sendQuietly(emitter, token));
        emitter.complete();
      } catch (RuntimeException e) {
        emitter.completeWithError(e);
      }
    }));
    return emitter;
  }

  private static void sendQuietly(SseEmitter emitter, String token) {
    try {
      emitter.send(token);
    } catch (IOException e) {
      emitter.completeWithError(e);
    }
  }
}
