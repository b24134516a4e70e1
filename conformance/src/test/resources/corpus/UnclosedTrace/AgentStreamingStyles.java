package corpus.unclosedtrace;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.function.Consumer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Streaming and asynchronous agent code in the style of Spring AI (an observation around a streamed chat), LangChain4j
 * (a callback handler bridged into a Flux) and Semantic Kernel (a kernel function invoked as a Mono). A streamed reply
 * is often cancelled (the user stops it, a take(n), a timeout), so terminal callbacks alone do not end the span.
 */
public class AgentStreamingStyles {
  private final Tracer tracer;
  private final ObservationRegistry registry;
  private final StreamingModel model;
  private final Kernel kernel;

  public AgentStreamingStyles(Tracer tracer, ObservationRegistry registry, StreamingModel model, Kernel kernel) {
    this.tracer = tracer;
    this.registry = registry;
    this.model = model;
    this.kernel = kernel;
  }

  public Flux<String> flagsStreamedChatObservationStoppedOnCompleteAndErrorOnly(String prompt) {
    Observation observation = Observation.createNotStarted("chat.stream", registry).start(); // tracelint-expect: UnclosedTrace -- observation 'observation'
    return model.stream(prompt)
        .doOnError(observation::error)
        .doOnComplete(observation::stop)
        .doOnError(error -> observation.stop());
  }

  public Flux<String> flagsBridgedHandlerSpanEndedOnTerminateOnly(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return Flux.<String>create(sink -> model.chat(prompt, sink::next, sink::error, sink::complete))
        .doOnTerminate(span::end);
  }

  public Mono<String> flagsKernelFunctionSpanEndedOnSuccessOnly(String function) {
    Span span = tracer.spanBuilder("kernel.invoke").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return kernel.invokeAsync(function).doOnSuccess(result -> span.end());
  }

  public Flux<String> acceptsStreamedChatObservationStoppedInDoFinally(String prompt) {
    Observation observation = Observation.createNotStarted("chat.stream", registry).start();
    return model.stream(prompt)
        .doOnError(observation::error)
        .doFinally(signal -> observation.stop());
  }

  public Flux<String> acceptsBridgedHandlerSpanEndedOnTerminateAndCancel(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    return Flux.<String>create(sink -> model.chat(prompt, sink::next, sink::error, sink::complete))
        .doOnTerminate(span::end)
        .doOnCancel(span::end);
  }

  public Mono<String> acceptsKernelFunctionSpanEndedInDoFinally(String function) {
    Span span = tracer.spanBuilder("kernel.invoke").startSpan();
    return kernel.invokeAsync(function)
        .doOnSuccess(result -> span.setAttribute("result.length", result.length()))
        .doFinally(signal -> span.end());
  }

  public void acceptsSpanEndedByTheHandlerItIsGivenTo(String prompt) {
    Span span = tracer.spanBuilder("chat.stream").startSpan();
    model.chat(prompt, chunk -> span.addEvent(chunk), error -> span.end(), span::end);
  }

  /** A streaming chat model: a Flux, or callbacks for each chunk, the error and the completion. */
  public interface StreamingModel {
    Flux<String> stream(String prompt);

    void chat(String prompt, Consumer<String> onChunk, Consumer<Throwable> onError, Runnable onComplete);
  }

  /** A kernel that invokes a named function asynchronously. */
  public interface Kernel {
    Mono<String> invokeAsync(String function);
  }
}
