package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import reactor.core.publisher.Flux;

/** A chat endpoint's service that streams model tokens as a Reactor Flux, with a span per streamed answer. */
public class RealisticAgentStreamingFlux {
  interface StreamingModel {
    Flux<String> stream(String prompt);
  }

  private final Tracer tracer;
  private final StreamingModel model;

  RealisticAgentStreamingFlux(Tracer tracer, StreamingModel model) {
    this.tracer = tracer;
    this.model = model;
  }

  /** Ended on completion and on error, but not when the client disconnects (cancel): the span leaks then. */
  public Flux<String> streamAnswer(String prompt) {
    Span span = tracer.spanBuilder("chat gpt-4o").setAttribute("gen_ai.request.model", "gpt-4o").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return model.stream(prompt)
        .doOnNext(token -> span.addEvent("gen_ai.content.chunk"))
        .doOnComplete(span::end)
        .doOnError(e -> {
          span.recordException(e);
          span.setStatus(StatusCode.ERROR);
          span.end();
        });
  }

  /** doFinally runs on completion, error and cancel. */
  public Flux<String> streamAnswerEndedFinally(String prompt) {
    Span span = tracer.spanBuilder("chat gpt-4o").setAttribute("gen_ai.request.model", "gpt-4o").startSpan();
    return model.stream(prompt)
        .doOnNext(token -> span.addEvent("gen_ai.content.chunk"))
        .doOnError(span::recordException)
        .doFinally(signal -> span.end());
  }

  /** Terminate (completion, error) plus cancel: every outcome ends it. */
  public Flux<String> streamAnswerTerminateAndCancel(String prompt) {
    Span span = tracer.spanBuilder("chat claude").startSpan();
    return model.stream(prompt)
        .doOnTerminate(span::end)
        .doOnCancel(() -> {
          span.setAttribute("gen_ai.response.finish_reasons", "cancelled");
          span.end();
        });
  }

  /** Only a size query and calls on the span between the start and the chain that ends it. */
  public Flux<String> streamWithChunkCount(String prompt, java.util.concurrent.atomic.AtomicLong chunks) {
    Span span = tracer.spanBuilder("chat local-llama").startSpan();
    span.setAttribute("gen_ai.prompt.length", prompt.length());
    return model.stream(prompt).doOnNext(t -> chunks.incrementAndGet()).doFinally(s -> span.end());
  }
}
