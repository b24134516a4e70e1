package corpus.exitbeforetraceflush;

import brave.Tracer;
import brave.Tracing;
import java.util.List;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** Batch indexers traced with Brave and reported to Zipkin. */
public class RealisticBraveIndexer {
  static BytesMessageSender sender(String endpoint) {
    throw new UnsupportedOperationException(endpoint);
  }

  static void index(Tracer tracer, List<String> documents) {
    for (String document : documents) {
      brave.Span span = tracer.nextSpan().name("index").tag("size", String.valueOf(document.length())).start();
      span.finish();
    }
  }

  public static class FullIndexer {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().localServiceName("indexer").addSpanHandler(spanHandler).build();
      try {
        index(tracing.tracer(), List.of(args).subList(1, args.length));
      } finally {
        tracing.close();
        spanHandler.close();
      }
    }
  }

  public static class DeltaIndexer {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().localServiceName("delta-indexer").addSpanHandler(spanHandler).build();
      try {
        index(tracing.tracer(), List.of(args).subList(1, args.length));
      } finally {
        tracing.close();
      }
    }
  }
}
