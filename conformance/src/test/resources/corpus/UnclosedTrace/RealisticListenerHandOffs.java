package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model-call listeners and interceptors: spans started in one callback, kept in request attributes or maps, and
 * ended in another callback; next to them, the aspect and wrapper bugs that end on the normal path only.
 */
public class RealisticListenerHandOffs {
  private static final Logger logger = LoggerFactory.getLogger(RealisticListenerHandOffs.class);

  private final Tracer tracer;
  private final Map<String, Span> openSpans = new ConcurrentHashMap<>();
  private final Map<String, Scope> openScopes = new ConcurrentHashMap<>();

  public RealisticListenerHandOffs(Tracer tracer) {
    this.tracer = tracer;
  }

  public void onRequest(Map<Object, Object> attributes, String model, Integer maxTokens) {
    SpanBuilder builder = tracer.spanBuilder("chat " + model).setAttribute("gen_ai.operation.name", "chat");
    if (maxTokens != null) {
      builder.setAttribute("gen_ai.request.max_tokens", maxTokens.longValue());
    }
    Span span = builder.setParent(Context.current()).startSpan();
    Scope scope = span.makeCurrent();
    attributes.put("otel.span", span);
    attributes.put("otel.scope", scope);
  }

  public void onResponse(Map<Object, Object> attributes) {
    Object scope = attributes.remove("otel.scope");
    Object span = attributes.remove("otel.span");
    if (scope instanceof Scope) {
      ((Scope) scope).close();
    }
    if (span instanceof Span) {
      ((Span) span).end();
    }
  }

  public void onTaskStart(String key, String taskName) {
    Span span = tracer.spanBuilder(taskName).setAttribute("task.key", key).startSpan();
    Scope scope = span.makeCurrent();
    openSpans.put(key, span);
    openScopes.put(key, scope);
    logger.debug("task span started: {}", key);
  }

  public AutoCloseable enter(Span span) {
    Scope scope = span.makeCurrent();
    return scope::close;
  }

  public Object aroundAdvice(Work work) throws Exception {
    Span span = tracer.spanBuilder("advice").startSpan(); // tracelint-expect: UnclosedTrace
    Scope scope = span.makeCurrent(); // tracelint-expect: UnclosedTrace
    try {
      Object result = work.proceed();
      span.end();
      scope.close();
      return result;
    } catch (RuntimeException e) {
      span.recordException(e);
      throw e;
    }
  }

  public void scopeClosedSpanNot(Work work) throws Exception {
    Span span = tracer.spanBuilder("batch").startSpan(); // tracelint-expect: UnclosedTrace
    try (Scope scope = span.makeCurrent()) {
      work.proceed();
    }
    span.end();
  }

  interface Work {
    Object proceed() throws Exception;
  }
}
