package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.util.Map;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A streaming completion endpoint that renders its prompt template before the stream exists. */
public class RealisticIssue10EagerCodeBeforeDoFinally {
  interface PromptTemplates {
    String render(String name, Map<String, Object> variables);
  }

  interface StreamingModel {
    Flux<String> stream(String prompt);
  }

  private final Tracer tracer;
  private final PromptTemplates templates;
  private final StreamingModel model;

  RealisticIssue10EagerCodeBeforeDoFinally(Tracer tracer, PromptTemplates templates, StreamingModel model) {
    this.tracer = tracer;
    this.templates = templates;
    this.model = model;
  }

  public Flux<String> complete(String template, Map<String, Object> variables) {
    Span span = tracer.spanBuilder("completion.stream").startSpan(); // tracelint-expect: UnclosedTrace
    String prompt = templates.render(template, variables);
    span.setAttribute("prompt.length", prompt.length());
    return model.stream(prompt).doFinally(signal -> span.end());
  }

  public Flux<String> completeRenderedFirst(String template, Map<String, Object> variables) {
    String prompt = templates.render(template, variables);
    Span span = tracer.spanBuilder("completion.stream.rendered").startSpan();
    span.setAttribute("prompt.length", prompt.length());
    return model.stream(prompt).doFinally(signal -> span.end());
  }

  public Flux<String> completeDeferred(String template, Map<String, Object> variables) {
    return Flux.defer(() -> {
      Span span = tracer.spanBuilder("completion.stream.deferred").startSpan();
      return Mono.fromCallable(() -> templates.render(template, variables))
          .flatMapMany(model::stream)
          .doFinally(signal -> span.end());
    });
  }
}
