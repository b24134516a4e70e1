package corpus.unclosedtrace.inhouse;

import corpus.unclosedtrace.inhouse.facade.Telemetry;
import java.util.Map;

/**
 * Tool calls of an agent traced through an in-house facade whose span and scope types are nested classes; the starts
 * are known only through the StartMethods entries written with dots (and blanks around them).
 */
public class FacadeToolCalls {
  interface Tool {
    String call(Map<String, String> arguments);
  }

  private final Telemetry.Spans spans = Telemetry.spans();
  private final Telemetry.Context context = Telemetry.context();

  public String acceptsASpanFinishedInFinally(Tool tool, Map<String, String> arguments) {
    Telemetry.Span span = spans.open("tool.call");
    try {
      return tool.call(arguments);
    } finally {
      span.finish();
    }
  }

  public String acceptsASpanAbandonedOnFailureAndFinishedOtherwise(Tool tool, Map<String, String> arguments) {
    Telemetry.Span span = spans.open("tool.call");
    String result;
    try {
      result = tool.call(arguments);
    } catch (Throwable t) {
      span.abandon();
      throw t;
    }
    span.finish();
    return result;
  }

  public String flagsASpanFinishedOnlyOnSuccess(Tool tool, Map<String, String> arguments) {
    Telemetry.Span span = spans.open("tool.call"); // tracelint-expect: UnclosedTrace -- 'span'
    String result = tool.call(arguments);
    span.finish();
    return result;
  }

  public void flagsASpanNeverEnded(String name) {
    Telemetry.Span span = spans.open(name); // tracelint-expect: UnclosedTrace -- 'span'
    span.tag("tool", name);
  }

  public void acceptsTheCurrentSpanItDoesNotOwn(String name) {
    Telemetry.Span current = spans.peek();
    current.tag("tool", name);
  }

  public String acceptsAScopeInTryWithResources(Tool tool, Map<String, String> arguments) {
    Telemetry.Span span = spans.open("tool.call");
    try (Telemetry.Scope scope = context.enter(span)) {
      return tool.call(arguments);
    } finally {
      span.finish();
    }
  }

  public String flagsAScopeLeftOpen(Tool tool, Map<String, String> arguments) {
    Telemetry.Span span = spans.open("tool.call");
    try {
      Telemetry.Scope scope = context.enter(span); // tracelint-expect: UnclosedTrace -- 'scope'
      return tool.call(arguments);
    } finally {
      span.finish();
    }
  }
}
