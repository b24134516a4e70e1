package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** A planner that fans out to several tools at once with CompletableFuture, a span per tool and one for the fan-out. */
public class RealisticAgentToolFanOut {
  interface AsyncTool {
    CompletableFuture<String> call(String input);
  }

  private final Tracer tracer;
  private final ExecutorService pool;

  RealisticAgentToolFanOut(Tracer tracer, ExecutorService pool) {
    this.tracer = tracer;
    this.pool = pool;
  }

  /** Ended only when the tool succeeds: a failed tool call never ends its span. */
  public CompletableFuture<String> callTool(AsyncTool tool, String name, String input) {
    Span span = tracer.spanBuilder("execute_tool " + name).setAttribute("gen_ai.tool.name", name).startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
    return tool.call(input).thenApply(result -> {
      span.setAttribute("tool.result.length", result.length());
      span.end();
      return result;
    });
  }

  /** whenComplete runs on success and failure. */
  public CompletableFuture<String> callToolEndedOnCompletion(AsyncTool tool, String name, String input) {
    Span span = tracer.spanBuilder("execute_tool " + name).setAttribute("gen_ai.tool.name", name).startSpan();
    return tool.call(input).whenComplete((result, error) -> {
      if (error != null) {
        span.recordException(error);
      }
      span.end();
    });
  }

  /** The fan-out span waits for all tools with join(), which throws when one failed: ended on the happy path only. */
  public List<String> fanOut(List<AsyncTool> tools, String input) {
    Span parent = tracer.spanBuilder("agent.fan_out").setAttribute("tools.count", tools.size()).startSpan(); // tracelint-expect: UnclosedTrace -- span 'parent'
    List<CompletableFuture<String>> calls = tools.stream()
        .map(tool -> callToolEndedOnCompletion(tool, "tool", input))
        .toList();
    CompletableFuture.allOf(calls.toArray(new CompletableFuture[0])).join();
    parent.end();
    return calls.stream().map(CompletableFuture::join).toList();
  }

  /** The fan-out span ended when every tool future completed, whatever the outcome. */
  public CompletableFuture<Void> fanOutEndedOnCompletion(List<AsyncTool> tools, String input) {
    Span parent = tracer.spanBuilder("agent.fan_out").setAttribute("tools.count", tools.size()).startSpan();
    return CompletableFuture.allOf(tools.stream()
            .map(tool -> tool.call(input))
            .toArray(CompletableFuture[]::new))
        .whenComplete((v, e) -> parent.end());
  }

  /** The tools' names collected into a fresh list before the span; the span ended when all complete. */
  public CompletableFuture<Void> fanOutNamed(List<AsyncTool> tools, List<String> names, String input) {
    java.util.ArrayList<String> called = names.stream()
        .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList<String>::new));
    Span parent = tracer.spanBuilder("agent.fan_out").setAttribute("tools", String.join(",", called)).startSpan();
    return CompletableFuture.allOf(tools.stream().map(tool -> tool.call(input)).toArray(CompletableFuture[]::new))
        .whenComplete((v, e) -> parent.end());
  }

  /** The span travels into an executor task that ends it: handed off to the task. */
  public CompletableFuture<String> callOnPool(AsyncTool tool, String input) {
    Span span = tracer.spanBuilder("execute_tool pooled").startSpan();
    return CompletableFuture.supplyAsync(Context.current().with(span).wrapSupplier(() -> {
      try {
        return tool.call(input).join();
      } finally {
        span.end();
      }
    }), pool);
  }
}
