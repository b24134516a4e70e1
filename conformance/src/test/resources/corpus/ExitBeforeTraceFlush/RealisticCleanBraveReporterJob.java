package corpus.exitbeforetraceflush;

import brave.Tracing;
import brave.Tracer;
import java.util.List;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** A Zipkin-reported import job: span handler and tracing closed in finally before the exit status is returned. */
public class RealisticCleanBraveReporterJob {
  static BytesMessageSender sender(String endpoint) {
    throw new UnsupportedOperationException(endpoint);
  }

  static int importAll(Tracer tracer, List<String> files) {
    int imported = 0;
    for (String file : files) {
      brave.ScopedSpan span = tracer.startScopedSpan("import");
      try {
        span.tag("file", file);
        imported++;
      } finally {
        span.finish();
      }
    }
    return imported;
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: import <zipkin-url> <file>...");
      System.exit(64);
    }
    AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender(args[0]));
    Tracing tracing = Tracing.newBuilder().localServiceName("importer").addSpanHandler(spanHandler).build();
    int imported;
    try {
      imported = importAll(tracing.tracer(), List.of(args).subList(1, args.length));
    } finally {
      tracing.close();
      spanHandler.close();
    }
    if (imported == 0) {
      System.exit(1);
    }
  }
}
