package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A retrieval-augmented answer service built on CompletableFuture: retrieve, then ask the model, each stage in the
 * one span of the request; the span is ended when the whole pipeline completes, whichever way.
 */
public class RealisticAsyncFuturePipelineSpans {
  interface Retriever {
    CompletableFuture<String> retrieve(String question);
  }

  interface AsyncModel {
    CompletableFuture<String> complete(String prompt);
  }

  interface PromptTemplates {
    String render(String question, String context);
  }

  private final Tracer tracer;
  private final Retriever retriever;
  private final AsyncModel model;
  private final PromptTemplates templates;

  RealisticAsyncFuturePipelineSpans(Tracer tracer, Retriever retriever, AsyncModel model, PromptTemplates templates) {
    this.tracer = tracer;
    this.retriever = retriever;
    this.model = model;
    this.templates = templates;
  }

  public CompletableFuture<String> answer(String question) {
    Span span = tracer.spanBuilder("rag.answer").startSpan();
    try (Scope scope = span.makeCurrent()) {
      return retriever.retrieve(question)
          .thenCompose(context -> model.complete(templates.render(question, context)))
          .orTimeout(30, TimeUnit.SECONDS)
          .whenComplete((answer, error) -> {
            if (error != null) {
              span.recordException(error);
              span.setStatus(StatusCode.ERROR);
            }
            span.end();
          });
    }
  }

  public CompletableFuture<Integer> answerLength(String question) {
    Span span = tracer.spanBuilder("rag.answer.length").startSpan();
    return retriever.retrieve(question)
        .thenCompose(model::complete)
        .handle((answer, error) -> {
          span.end();
          return error == null ? answer.length() : -1;
        });
  }

  public CompletableFuture<String> answerWithFallback(String question) {
    Span span = tracer.spanBuilder("rag.answer.fallback").startSpan();
    span.setAttribute("question.length", question.length());
    return model.complete(question)
        .thenApply(answer -> {
          span.end();
          return answer;
        })
        .exceptionally(error -> {
          span.recordException(error);
          span.end();
          return "The assistant is unavailable right now.";
        });
  }

  public CompletableFuture<String> answerOnlyWhenSuccessful(String question) {
    Span span = tracer.spanBuilder("rag.answer.success").startSpan(); // tracelint-expect: UnclosedTrace
    return model.complete(question).thenApply(answer -> {
      span.end();
      return answer;
    });
  }

  public CompletableFuture<String> answerAfterRendering(String question, String context) {
    Span span = tracer.spanBuilder("rag.answer.rendered").startSpan(); // tracelint-expect: UnclosedTrace
    String prompt = templates.render(question, context);
    return model.complete(prompt).whenComplete((answer, error) -> span.end());
  }

  public CompletableFuture<String> answerRenderedFirst(String question, String context) {
    String prompt = templates.render(question, context);
    Span span = tracer.spanBuilder("rag.answer.rendered.first").startSpan();
    return model.complete(prompt).whenComplete((answer, error) -> span.end());
  }
}
