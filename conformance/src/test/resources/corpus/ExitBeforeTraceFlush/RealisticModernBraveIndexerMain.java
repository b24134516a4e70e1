package corpus.exitbeforetraceflush;

import brave.Span;
import brave.Tracing;
import java.nio.file.Path;
import java.util.List;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/**
 * A one-shot document indexer traced with Brave and Zipkin: Tracing and the span handler are both closed in a
 * finally (closing Tracing alone would not flush the handler), and the exit code is returned after both.
 */
public class RealisticModernBraveIndexerMain {
  record IndexResult(int indexed, int skipped) {}

  static BytesMessageSender sender() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static IndexResult index(Tracing tracing, List<Path> files) {
    int indexed = 0;
    for (Path file : files) {
      Span span = tracing.tracer().nextSpan().name("index").tag("file", file.toString()).start();
      try {
        indexed += file.toString().endsWith(".md") ? 1 : 0;
      } finally {
        span.finish();
      }
    }
    return new IndexResult(indexed, files.size() - indexed);
  }

  public static class Indexer {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler handler = AsyncZipkinSpanHandler.create(sender());
      Tracing tracing = Tracing.newBuilder().localServiceName("indexer").addSpanHandler(handler).build();
      IndexResult result;
      try {
        result = index(tracing, java.util.Arrays.stream(args).map(Path::of).toList());
      } finally {
        tracing.close();
        handler.close();
      }
      System.exit(result.skipped() == 0 ? 0 : 1);
    }
  }
}
