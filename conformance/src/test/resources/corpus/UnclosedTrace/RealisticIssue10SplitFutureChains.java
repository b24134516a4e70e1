package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;

/** A tool executor that keeps the future in a local before attaching the callback that ends the span. */
public class RealisticIssue10SplitFutureChains {
  interface ToolRuntime {
    CompletableFuture<String> execute(String tool, String input);

    void validate(String tool);
  }

  private final Tracer tracer;
  private final ToolRuntime runtime;

  RealisticIssue10SplitFutureChains(Tracer tracer, ToolRuntime runtime) {
    this.tracer = tracer;
    this.runtime = runtime;
  }

  public CompletableFuture<String> execute(String tool, String input) {
    var span = tracer.spanBuilder("tool.execute").setAttribute("tool", tool).startSpan(); // tracelint-expect: UnclosedTrace
    CompletableFuture<String> pending = runtime.execute(tool, input);
    pending.whenComplete((out, err) -> span.end());
    return pending;
  }

  public CompletableFuture<String> executeValidated(String tool, String input) {
    Span span = tracer.spanBuilder("tool.validated").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope scope = span.makeCurrent()) {
      runtime.validate(tool);
      return runtime.execute(tool, input).whenComplete((out, err) -> span.end());
    }
  }

  public CompletableFuture<String> executeGuarded(String tool, String input) {
    Span span = tracer.spanBuilder("tool.guarded").startSpan();
    try (Scope scope = span.makeCurrent()) {
      runtime.validate(tool);
      return runtime.execute(tool, input).whenComplete((out, err) -> span.end());
    } catch (Throwable t) {
      span.recordException(t);
      span.end();
      throw t;
    }
  }

  public CompletableFuture<String> executeCaughtAsRuntime(String tool, String input) {
    Span span = tracer.spanBuilder("tool.runtime").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope scope = span.makeCurrent()) {
      runtime.validate(tool);
      return runtime.execute(tool, input).whenComplete((out, err) -> span.end());
    } catch (RuntimeException e) {
      span.recordException(e);
      span.end();
      throw e;
    }
  }

  public CompletableFuture<String> executeFirst(String tool, String input) {
    CompletableFuture<String> pending = runtime.execute(tool, input);
    Span span = tracer.spanBuilder("tool.first").startSpan();
    return pending.whenComplete((out, err) -> span.end());
  }
}
