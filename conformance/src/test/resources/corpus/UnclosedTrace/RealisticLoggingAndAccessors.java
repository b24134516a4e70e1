package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Service code that logs, reads accessors and clocks between the start and the try: harmless calls. */
public class RealisticLoggingAndAccessors {
  private static final Logger log = LoggerFactory.getLogger(RealisticLoggingAndAccessors.class);
  private static final Logger LOGGER = LoggerFactory.getLogger(RealisticLoggingAndAccessors.class);

  interface ToolRequest {
    String getToolName();

    boolean isRetry();
  }

  interface ToolClient {
    String invoke(ToolRequest request);

    String describe(String toolName);
  }

  private final Tracer tracer;
  private final ToolClient client;

  public RealisticLoggingAndAccessors(Tracer tracer, ToolClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public String callTool(ToolRequest request) {
    Span span =
        tracer
            .spanBuilder("tool.call")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("tool.name", request.getToolName())
            .startSpan();
    log.debug("calling tool {} (retry: {})", request.getToolName(), request.isRetry());
    long started = System.nanoTime();
    try (Scope scope = Context.current().with(span).makeCurrent()) {
      return client.invoke(request);
    } catch (RuntimeException e) {
      span.recordException(e, Attributes.of(AttributeKey.booleanKey("tool.retry"), request.isRetry()));
      span.setStatus(StatusCode.ERROR);
      throw e;
    } finally {
      span.setAttribute("tool.duration_ns", System.nanoTime() - started);
      span.end();
    }
  }

  public String summarise(String answer) {
    Span span = tracer.spanBuilder("answer.summarise").startSpan();
    if (LOGGER.isDebugEnabled()) {
      LOGGER.debug("answer: {}", answer);
    }
    String traceId = span.getSpanContext().getTraceId();
    span.end();
    return traceId;
  }

  public String describeThenCall(ToolRequest request) {
    Span span = tracer.spanBuilder("tool.describe").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    log.debug("tool description: {}", client.describe(request.getToolName()));
    try (Scope scope = span.makeCurrent()) {
      return client.invoke(request);
    } finally {
      span.end();
    }
  }

  public void callOnHappyPathOnly(ToolRequest request) {
    Span span = tracer.spanBuilder("tool.fire").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    log.info("firing {}", request.getToolName());
    client.invoke(request);
    span.end();
  }
}
