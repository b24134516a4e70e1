package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * A job scheduler whose inner class reaches the outer tracer, an anonymous Callable that traces its own run, a local
 * record and a static nested builder.
 */
public class RealisticModernInnerAndAnonymousClasses {
  interface Indexer {
    int index(String source) throws Exception;
  }

  private final Tracer tracer;
  private final Indexer indexer;
  private final ExecutorService pool;

  private RealisticModernInnerAndAnonymousClasses(Builder builder) {
    this.tracer = builder.tracer;
    this.indexer = builder.indexer;
    this.pool = builder.pool;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A static nested builder; build() validates, no tracing here. */
  public static final class Builder {
    private Tracer tracer;
    private Indexer indexer;
    private ExecutorService pool;

    public Builder tracer(Tracer tracer) {
      this.tracer = tracer;
      return this;
    }

    public Builder indexer(Indexer indexer) {
      this.indexer = indexer;
      return this;
    }

    public Builder pool(ExecutorService pool) {
      this.pool = pool;
      return this;
    }

    public RealisticModernInnerAndAnonymousClasses build() {
      return new RealisticModernInnerAndAnonymousClasses(this);
    }
  }

  /** An inner class: uses the outer instance's tracer and indexer. */
  final class IndexJob implements Callable<Integer> {
    private final String source;

    IndexJob(String source) {
      this.source = source;
    }

    @Override
    public Integer call() throws Exception {
      Span span = tracer.spanBuilder("index " + source).startSpan();
      try (Scope ignored = span.makeCurrent()) {
        return indexer.index(source);
      } finally {
        span.end();
      }
    }
  }

  public Future<Integer> submit(String source) {
    return pool.submit(new IndexJob(source));
  }

  public Future<Integer> submitAnonymous(String source) {
    return pool.submit(
        new Callable<Integer>() {
          @Override
          public Integer call() throws Exception {
            Span span = tracer.spanBuilder("index.anonymous").startSpan();
            try {
              return indexer.index(source);
            } finally {
              span.end();
            }
          }
        });
  }

  public Future<Integer> submitLeaky(String source) {
    return pool.submit(
        new Callable<Integer>() {
          @Override
          public Integer call() throws Exception {
            Span span = tracer.spanBuilder("index.leaky").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span'
            int count = indexer.index(source);
            span.end();
            return count;
          }
        });
  }

  public int summarize(java.util.List<String> sources) throws Exception {
    record Tally(String source, int documents) {}
    int total = 0;
    for (String source : sources) {
      Tally tally = new Tally(source, new IndexJob(source).call());
      total += tally.documents();
    }
    return total;
  }
}
