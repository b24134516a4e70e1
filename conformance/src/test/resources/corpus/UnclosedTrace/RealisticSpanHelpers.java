package corpus.unclosedtrace;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/** A moderation service that ends its spans through small private helpers. */
public class RealisticSpanHelpers {
  private static final AttributeKey<Boolean> FLAGGED = AttributeKey.booleanKey("moderation.flagged");

  interface ModerationClient {
    boolean isFlagged(String text);
  }

  private final Tracer tracer;
  private final ModerationClient client;

  RealisticSpanHelpers(Tracer tracer, ModerationClient client) {
    this.tracer = tracer;
    this.client = client;
  }

  public boolean moderate(String text) {
    Span span = tracer.spanBuilder("moderation.check").startSpan();
    Boolean flagged = null;
    try (Scope scope = span.makeCurrent()) {
      flagged = client.isFlagged(text);
      return flagged;
    } finally {
      finish(span, flagged);
    }
  }

  public boolean moderateQuickly(String text) {
    Span span = tracer.spanBuilder("moderation.quick").startSpan(); // tracelint-expect: UnclosedTrace
    boolean flagged = client.isFlagged(text);
    finish(span, flagged);
    return flagged;
  }

  public boolean moderateAll(String first, String second) {
    Span span = tracer.spanBuilder("moderation.pair").startSpan();
    try {
      return client.isFlagged(first) || client.isFlagged(second);
    } catch (RuntimeException e) {
      fail(span, e);
      throw e;
    } finally {
      span.end();
    }
  }

  private static void finish(Span span, Boolean flagged) {
    if (flagged == null) {
      span.setStatus(StatusCode.ERROR);
    } else {
      span.setAttribute(FLAGGED, flagged);
    }
    span.end();
  }

  private static void fail(Span span, Exception e) {
    span.recordException(e);
    span.setStatus(StatusCode.ERROR);
  }
}
