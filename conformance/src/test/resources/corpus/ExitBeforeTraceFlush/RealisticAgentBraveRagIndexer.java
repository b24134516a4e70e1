package corpus.exitbeforetraceflush;

import brave.Tracing;
import java.util.List;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** A nightly job that embeds documents for an agent's retrieval index, traced with Brave and Zipkin. */
public class RealisticAgentBraveRagIndexer {
  static BytesMessageSender sender(String endpoint) {
    throw new UnsupportedOperationException(endpoint);
  }

  static void embedAll(Tracing tracing, List<String> documents) {
    for (String document : documents) {
      brave.Span span = tracing.tracer().nextSpan().name("embed").tag("doc.length", String.valueOf(document.length()));
      span.start();
      try {
        span.tag("embedding.dims", "1536");
      } finally {
        span.finish();
      }
    }
  }

  /** Closing Tracing does not flush the Zipkin handler it was given: the last spans stay in its queue. */
  public static class Indexer {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- 'spanHandler'
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().localServiceName("rag-indexer").addSpanHandler(spanHandler).build();
      try {
        embedAll(tracing, List.of(args).subList(1, args.length));
      } finally {
        tracing.close();
      }
    }
  }

  /** Both closed, the handler after Tracing. */
  public static class IndexerClosingBoth {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
      Tracing tracing = Tracing.newBuilder().localServiceName("rag-indexer").addSpanHandler(spanHandler).build();
      try {
        embedAll(tracing, List.of(args).subList(1, args.length));
      } finally {
        tracing.close();
        spanHandler.close();
      }
    }
  }
}
