package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Parallel tool calls of an agent: each tool runs on a pool thread in its own child span, and the parent span
 * is handed to the task that owns it or ended by the caller once every task has been waited on.
 */
public class RealisticAsyncExecutorSpanHandOff {
  interface Tool {
    String name();

    String invoke(String input) throws Exception;
  }

  private final Tracer tracer;
  private final ExecutorService workers;

  RealisticAsyncExecutorSpanHandOff(Tracer tracer, ExecutorService workers) {
    this.tracer = tracer;
    this.workers = workers;
  }

  public List<String> runAll(List<Tool> tools, String input) throws Exception {
    Span parent = tracer.spanBuilder("agent.tools").startSpan();
    try (Scope scope = parent.makeCurrent()) {
      List<Future<String>> pending = new ArrayList<>();
      for (Tool tool : tools) {
        pending.add(workers.submit(Context.current().wrap(() -> invokeInChildSpan(tool, input))));
      }
      List<String> results = new ArrayList<>();
      for (Future<String> result : pending) {
        results.add(result.get());
      }
      return results;
    } finally {
      parent.end();
    }
  }

  private String invokeInChildSpan(Tool tool, String input) throws Exception {
    Span span = tracer.spanBuilder("tool " + tool.name()).setSpanKind(SpanKind.INTERNAL).startSpan();
    try (Scope scope = span.makeCurrent()) {
      return tool.invoke(input);
    } catch (Exception e) {
      span.recordException(e);
      throw e;
    } finally {
      span.end();
    }
  }

  /** The span travels with the task: the task ends it, whatever the submitting thread does next. */
  public Future<String> submitOwned(Tool tool, String input) {
    Span span = tracer.spanBuilder("tool.background " + tool.name()).startSpan();
    return workers.submit(() -> {
      try (Scope scope = span.makeCurrent()) {
        return tool.invoke(input);
      } finally {
        span.end();
      }
    });
  }

  /** The context carrying the span is wrapped around the task, which ends it. */
  public void fireAndForget(Tool tool, String input) {
    Span span = tracer.spanBuilder("tool.detached").startSpan();
    workers.execute(Context.current().with(span).wrap(() -> {
      try {
        tool.invoke(input);
      } catch (Exception e) {
        span.recordException(e);
      } finally {
        span.end();
      }
    }));
  }
}
