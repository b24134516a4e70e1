package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Map;

/** A ReAct-style agent loop: one span per run, one per tool call, GenAI semantic-convention attributes. */
public class RealisticAgentToolLoop {
  interface Tool {
    String invoke(String arguments);
  }

  record ToolCall(String name, String arguments) {}

  record ModelTurn(String text, List<ToolCall> toolCalls) {}

  interface ChatModel {
    ModelTurn next(List<String> transcript);
  }

  private final Tracer tracer;
  private final ChatModel model;
  private final Map<String, Tool> tools;

  RealisticAgentToolLoop(Tracer tracer, ChatModel model, Map<String, Tool> tools) {
    this.tracer = tracer;
    this.model = model;
    this.tools = tools;
  }

  /** The tool is looked up after the span started: an unknown tool name returns with the span open. */
  public String callTool(ToolCall call) {
    Span span = tracer.spanBuilder("execute_tool " + call.name())
        .setSpanKind(SpanKind.INTERNAL)
        .setAttribute("gen_ai.operation.name", "execute_tool")
        .setAttribute("gen_ai.tool.name", call.name())
        .startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'

    Tool tool = tools.get(call.name());
    if (tool == null) {
      span.setStatus(StatusCode.ERROR, "unknown tool");
      return "error: unknown tool " + call.name();
    }
    try (Scope scope = span.makeCurrent()) {
      return tool.invoke(call.arguments());
    } finally {
      span.end();
    }
  }

  /** Same tool call, the lookup done before the span: every path after the start ends it. */
  public String callToolLookedUpFirst(ToolCall call) {
    Tool tool = tools.get(call.name());
    if (tool == null) {
      return "error: unknown tool " + call.name();
    }
    Span span = tracer.spanBuilder("execute_tool " + call.name())
        .setAttribute("gen_ai.tool.name", call.name())
        .startSpan();
    try (Scope scope = span.makeCurrent()) {
      return tool.invoke(call.arguments());
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.end();
    }
  }

  /** The run span is ended after the loop, outside any finally: a model failure on any turn leaks it. */
  public String run(String goal, int maxTurns) {
    List<String> transcript = new java.util.ArrayList<>(List.of(goal));
    Span run = tracer.spanBuilder("invoke_agent").setAttribute("gen_ai.agent.name", "planner").startSpan(); // tracelint-expect: UnclosedTrace -- span 'run'
    String answer = null;
    try (Scope scope = run.makeCurrent()) {
      for (int turn = 0; turn < maxTurns && answer == null; turn++) {
        ModelTurn next = model.next(transcript);
        if (next.toolCalls().isEmpty()) {
          answer = next.text();
        }
        for (ToolCall call : next.toolCalls()) {
          transcript.add(callToolLookedUpFirst(call));
        }
      }
    }
    run.setAttribute("agent.turns", transcript.size());
    run.end();
    return answer;
  }

  /** The run span ended in a finally around the whole loop. */
  public String runEndedInFinally(String goal, int maxTurns) {
    List<String> transcript = new java.util.ArrayList<>(List.of(goal));
    Span run = tracer.spanBuilder("invoke_agent").setAttribute("gen_ai.agent.name", "planner").startSpan();
    try (Scope scope = run.makeCurrent()) {
      for (int turn = 0; turn < maxTurns; turn++) {
        ModelTurn next = model.next(transcript);
        if (next.toolCalls().isEmpty()) {
          return next.text();
        }
        next.toolCalls().forEach(call -> transcript.add(callToolLookedUpFirst(call)));
      }
      return null;
    } finally {
      run.end();
    }
  }
}
