package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent framework's callback interface: a tool call starts in {@code onToolStart} and ends in {@code onToolEnd} or
 * {@code onToolError}, matched by the call id. Each tool span is the child of its run's span, kept the same way.
 */
class RealisticPairedAgentToolCallbacks {
  interface AgentCallbacks {
    void onRunStart(String runId, String agent);

    void onToolStart(String runId, String callId, String tool);

    void onToolEnd(String callId, String result);

    void onToolError(String callId, Throwable error);

    void onRunEnd(String runId, Throwable error);
  }

  static final class TracingCallbacks implements AgentCallbacks {
    private final Map<String, Span> runs = new ConcurrentHashMap<>();
    private final Map<String, Span> tools = new ConcurrentHashMap<>();
    private final Tracer tracer;

    TracingCallbacks(Tracer tracer) {
      this.tracer = tracer;
    }

    @Override
    public void onRunStart(String runId, String agent) {
      Span run = tracer.spanBuilder("agent.run").setAttribute("agent.name", agent).startSpan();
      runs.put(runId, run);
    }

    @Override
    public void onToolStart(String runId, String callId, String tool) {
      Span run = runs.get(runId);
      Context parent = run == null ? Context.current() : Context.current().with(run);
      tools.put(callId, tracer.spanBuilder("tool " + tool).setParent(parent).startSpan());
    }

    @Override
    public void onToolEnd(String callId, String result) {
      Span span = tools.remove(callId);
      if (span != null) {
        span.setAttribute("tool.result.length", result == null ? 0 : result.length());
        span.end();
      }
    }

    @Override
    public void onToolError(String callId, Throwable error) {
      Span span = tools.remove(callId);
      if (span != null) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR);
        span.end();
      }
    }

    @Override
    public void onRunEnd(String runId, Throwable error) {
      Span run = runs.remove(runId);
      if (run == null) {
        return;
      }
      if (error != null) {
        run.recordException(error);
        run.setStatus(StatusCode.ERROR);
      }
      run.end();
    }
  }
}
