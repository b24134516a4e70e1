package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Parallel tool calls of an agent turn: each tool runs in a pool with its own span, the turn has one too. */
public class RealisticAppAgentToolExecutor {
  public record ToolCall(String id, String name, String argumentsJson) {}

  public record ToolOutput(String id, String content, boolean error) {}

  public interface Tool {
    String execute(String argumentsJson) throws Exception;
  }

  private final Tracer tracer;
  private final ExecutorService pool;
  private final Map<String, Tool> tools;

  public RealisticAppAgentToolExecutor(Tracer tracer, ExecutorService pool, Map<String, Tool> tools) {
    this.tracer = tracer;
    this.pool = pool;
    this.tools = tools;
  }

  public List<ToolOutput> executeAll(List<ToolCall> calls) throws InterruptedException {
    Span turn = tracer.spanBuilder("agent.tools").setAttribute("agent.tools.count", calls.size()).startSpan();
    try (Scope scope = turn.makeCurrent()) {
      List<Future<ToolOutput>> futures = new ArrayList<>();
      for (ToolCall call : calls) {
        futures.add(pool.submit(Context.current().wrap(task(call))));
      }
      List<ToolOutput> outputs = new ArrayList<>();
      for (Future<ToolOutput> future : futures) {
        try {
          outputs.add(future.get());
        } catch (ExecutionException e) {
          turn.recordException(e.getCause());
        }
      }
      return outputs;
    } finally {
      turn.end();
    }
  }

  private Callable<ToolOutput> task(ToolCall call) {
    return () -> {
      Span span = tracer.spanBuilder("execute_tool " + call.name()).startSpan();
      try (Scope scope = span.makeCurrent()) {
        Tool tool = tools.get(call.name());
        if (tool == null) {
          span.setStatus(StatusCode.ERROR, "unknown tool");
          return new ToolOutput(call.id(), "unknown tool", true);
        }
        return new ToolOutput(call.id(), tool.execute(call.argumentsJson()), false);
      } catch (Exception e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        return new ToolOutput(call.id(), e.getMessage(), true);
      } finally {
        span.end();
      }
    };
  }

  /** A fire-and-forget audit task: the span is started on the pool thread and ended there. */
  public void auditAsync(ToolCall call) {
    pool.execute(() -> {
      Span span = tracer.spanBuilder("agent.tool.audit").startSpan();
      try {
        span.setAttribute("tool.name", call.name());
        span.setAttribute("tool.arguments.chars", call.argumentsJson().length());
      } finally {
        span.end();
      }
    });
  }
}
