package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Calls between the start and the try that cannot throw in the rule's model: clocks, the current context, attribute
 * values, argument-less {@code getX()}/{@code isX()} accessors of a variable. Getters that fetch, take arguments or
 * hang off another call can throw.
 */
public class AccessorsAndClocks {
  interface Request {
    String getPath();

    boolean isUrgent();
  }

  interface Registry {
    Registry getChild();

    String getName();
  }

  private final Tracer tracer;
  private Request current;

  public AccessorsAndClocks(Tracer tracer) {
    this.tracer = tracer;
  }

  public void acceptsClockContextAndAttributeCallsBeforeTheTry() {
    Span span = tracer.spanBuilder("step").startSpan();
    long started = System.nanoTime();
    Context parent = Context.current();
    span.setAllAttributes(Attributes.of(AttributeKey.stringKey("agent"), "planner"));
    try (Scope scope = parent.with(span).makeCurrent()) {
      work("step");
    } finally {
      span.setAttribute("elapsed", System.nanoTime() - started);
      span.end();
    }
  }

  public void acceptsArgumentLessAccessorsOfAParameterAndAFieldBeforeTheTry(Request request) {
    Span span = tracer.spanBuilder("handle").startSpan();
    span.setAttribute("path", request.getPath());
    boolean urgent = request.isUrgent() && current.isUrgent();
    try {
      work(urgent ? "urgent" : "normal");
    } finally {
      span.end();
    }
  }

  public void flagsAGetterThatFetches(DataSource dataSource) throws Exception {
    Span span = tracer.spanBuilder("query").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    Connection connection = dataSource.getConnection();
    try {
      connection.close();
    } finally {
      span.end();
    }
  }

  public void flagsAGetterWithArguments(Map<String, String> cache) {
    Span span = tracer.spanBuilder("lookup").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    String hit = cache.getOrDefault("key", "none");
    try {
      work(hit);
    } finally {
      span.end();
    }
  }

  public void flagsAGetterOnAnotherCallsResult(Registry registry) {
    Span span = tracer.spanBuilder("nested").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    String name = registry.getChild().getName();
    try {
      work(name);
    } finally {
      span.end();
    }
  }

  private void work(String value) {}
}
