package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tool execution in an agent runtime: one span per tool call, ended in finally, scope in try-with-resources. */
public class RealisticCleanToolSpanFinally {
  private static final Logger log = LoggerFactory.getLogger(RealisticCleanToolSpanFinally.class);
  private static final AttributeKey<String> TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");

  interface Tool {
    String invoke(Map<String, Object> arguments) throws Exception;
  }

  private final Tracer tracer;
  private final Map<String, Tool> tools;

  public RealisticCleanToolSpanFinally(Tracer tracer, Map<String, Tool> tools) {
    this.tracer = tracer;
    this.tools = tools;
  }

  public String execute(String name, Map<String, Object> arguments) throws Exception {
    Tool tool = tools.get(name);
    if (tool == null) {
      throw new IllegalArgumentException("unknown tool " + name);
    }
    Span span = tracer.spanBuilder("execute_tool " + name)
        .setSpanKind(SpanKind.INTERNAL)
        .setAttribute(TOOL_NAME, name)
        .startSpan();
    try (Scope ignored = span.makeCurrent()) {
      String result = tool.invoke(arguments);
      span.setAttribute("gen_ai.tool.result.length", result.length());
      return result;
    } catch (Exception e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  public String executeQuietly(String name, Map<String, Object> arguments) {
    Span span = tracer.spanBuilder("execute_tool " + name).startSpan();
    log.debug("executing tool {}", name);
    try {
      Tool tool = tools.get(name);
      return tool == null ? "" : tool.invoke(arguments);
    } catch (Exception e) {
      span.recordException(e);
      log.warn("tool {} failed", name, e);
      return "";
    } finally {
      span.end();
    }
  }

  public int executeAll(Map<String, Map<String, Object>> calls) {
    int failures = 0;
    for (Map.Entry<String, Map<String, Object>> call : calls.entrySet()) {
      Span span = tracer.spanBuilder("execute_tool").setAttribute(TOOL_NAME, call.getKey()).startSpan();
      try (Scope scope = span.makeCurrent()) {
        tools.get(call.getKey()).invoke(call.getValue());
      } catch (Exception e) {
        failures++;
        span.setStatus(StatusCode.ERROR);
      } finally {
        span.end();
      }
    }
    return failures;
  }
}
