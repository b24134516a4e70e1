package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.io.IOException;

/**
 * A span started in a catch of a try whose finally ends it: Java runs the finally after the catch as after the block,
 * so a fallback started when the first attempt failed is ended on every path, try-with-resources or not. Flagged: a
 * catch start the finally does not end, and one replaced by another start before the finally runs.
 */
public class StartsInACatchCoveredByItsFinally {
  interface Backend {
    byte[] fetch(String key) throws IOException;
  }

  private final Tracer tracer;
  private final Backend cache;
  private final Backend origin;

  public StartsInACatchCoveredByItsFinally(Tracer tracer, Backend cache, Backend origin) {
    this.tracer = tracer;
    this.cache = cache;
    this.origin = origin;
  }

  public byte[] acceptsFallbackSpanStartedInTheCatch(String key) throws IOException {
    Span miss = null;
    try {
      return cache.fetch(key);
    } catch (IOException e) {
      miss = tracer.spanBuilder("origin.fetch").startSpan();
      miss.setAttribute("cache.error", e.getMessage());
      return origin.fetch(key);
    } finally {
      if (miss != null) {
        miss.end();
      }
    }
  }

  public byte[] acceptsCatchStartInATryWithResources(Span parent, String key) throws IOException {
    Span retry = null;
    try (Scope ignored = parent.makeCurrent()) {
      return cache.fetch(key);
    } catch (IOException | IllegalStateException e) {
      retry = tracer.spanBuilder("cache.refetch").startSpan();
      try (Scope inner = retry.makeCurrent()) {
        return cache.fetch(key);
      }
    } finally {
      if (retry != null) {
        retry.end();
      }
    }
  }

  public byte[] acceptsOneOfTwoCatchesStartingTheRecovery(String key) throws IOException {
    Span recovery = null;
    try {
      return cache.fetch(key);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (IOException e) {
      recovery = tracer.spanBuilder("cache.recover").setAttribute("key", key).startSpan();
      byte[] body = origin.fetch(key);
      recovery.setAttribute("bytes", body.length);
      return body;
    } finally {
      if (recovery != null) {
        recovery.end();
      }
    }
  }

  public byte[] flagsCatchStartThatTheFinallyDoesNotEnd(Span parent, String key) throws IOException {
    Span fallback = null;
    try {
      return cache.fetch(key);
    } catch (IOException e) {
      fallback = tracer.spanBuilder("origin.fallback").startSpan(); // tracelint-expect: UnclosedTrace -- span 'fallback'
      byte[] body = origin.fetch(key);
      fallback.end();
      return body;
    } finally {
      parent.end();
    }
  }

  public byte[] flagsCatchStartReplacedBeforeTheFinally(String key) throws IOException {
    Span step = null;
    try {
      return cache.fetch(key);
    } catch (IOException e) {
      step = tracer.spanBuilder("origin.first").startSpan(); // tracelint-expect: UnclosedTrace -- span 'step'
      origin.fetch(key);
      step = tracer.spanBuilder("origin.second").startSpan();
      return origin.fetch(key);
    } finally {
      if (step != null) {
        step.end();
      }
    }
  }
}
