package corpus.exitbeforetraceflush;

import brave.Tracer;
import brave.Tracing;
import java.util.List;
import zipkin2.Span;
import zipkin2.reporter.AsyncReporter;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;
import zipkin2.reporter.brave.ZipkinSpanHandler;

/**
 * Brave with zipkin-reporter: spans queue in the async reporter or handler, whose flush thread is a daemon. Closing
 * Tracing does not flush them: the reporter or handler must be closed or flushed as well.
 */
public class BraveZipkin {

  static BytesMessageSender sender(String endpoint) {
    throw new UnsupportedOperationException(endpoint);
  }

  static void work(Tracer tracer, List<String> items) {
    for (String item : items) {
      brave.Span span = tracer.nextSpan().name("item").start();
      try {
        span.tag("item", item);
      } finally {
        span.finish();
      }
    }
  }

  /** Only Tracing is closed: the handler's queue is dropped. */
  public static class OnlyTracingClosedReported {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- Zipkin span handler 'spanHandler' is not flushed on every path out of main
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().localServiceName("indexer").addSpanHandler(spanHandler).build();
      try {
        work(tracing.tracer(), List.of(args));
      } finally {
        tracing.close();
      }
    }
  }

  /** Accepted: Tracing closed, then the handler closed (which flushes it). */
  public static class TracingAndHandlerClosed {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.newBuilder(sender(args[0])).queuedMaxSpans(1000).build();
      Tracing tracing = Tracing.newBuilder().localServiceName("indexer").addSpanHandler(spanHandler).build();
      try {
        work(tracing.tracer(), List.of(args));
      } finally {
        tracing.close();
        spanHandler.close();
      }
    }
  }

  /** Nothing completed before System.exit: both are named in the one finding. */
  public static class NothingClosedBeforeExit {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().addSpanHandler(spanHandler).build();
      work(tracing.tracer(), List.of(args));
      System.exit(0); // tracelint-expect: ExitBeforeTraceFlush -- Zipkin span handler 'spanHandler' and Brave tracing 'tracing' are not flushed before System.exit()
    }
  }

  /** An AsyncReporter behind ZipkinSpanHandler (whose close() does nothing): only Tracing is closed. */
  public static class ReporterNotFlushed {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- Zipkin reporter 'reporter'
      AsyncReporter<Span> reporter = AsyncReporter.builder(sender(args[0])).build();
      Tracing tracing = Tracing.newBuilder().addSpanHandler(ZipkinSpanHandler.create(reporter)).build();
      try {
        work(tracing.tracer(), List.of(args));
      } finally {
        tracing.close();
      }
    }
  }

  /** Accepted: the reporter is flushed after Tracing is closed, both in the finally. */
  public static class ReporterFlushed {
    public static void main(String[] args) {
      AsyncReporter<Span> reporter = AsyncReporter.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().addSpanHandler(ZipkinSpanHandler.create(reporter)).build();
      try {
        work(tracing.tracer(), List.of(args));
      } finally {
        tracing.close();
        reporter.flush();
      }
    }
  }

  /** Accepted: a shutdown hook closes both, in order. */
  public static class HookClosesBoth {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().addSpanHandler(spanHandler).build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        tracing.close();
        spanHandler.close();
      }));
      work(tracing.tracer(), List.of(args));
    }
  }
}
