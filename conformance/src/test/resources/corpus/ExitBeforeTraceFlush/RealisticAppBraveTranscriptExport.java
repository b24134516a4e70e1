package corpus.exitbeforetraceflush;

import brave.ScopedSpan;
import brave.Tracer;
import brave.Tracing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/** Exports chat transcripts to the data lake once a night; traced with Brave and reported to Zipkin. */
public class RealisticAppBraveTranscriptExport {
  static BytesMessageSender sender() {
    throw new UnsupportedOperationException("configured by the platform");
  }

  static int export(Tracer tracer, List<Path> transcripts) throws Exception {
    int exported = 0;
    for (Path transcript : transcripts) {
      ScopedSpan span = tracer.startScopedSpan("transcript.export");
      try {
        span.tag("transcript.bytes", Long.toString(Files.size(transcript)));
        exported++;
      } catch (Exception e) {
        span.error(e);
        throw e;
      } finally {
        span.finish();
      }
    }
    return exported;
  }

  public static void main(String[] args) throws Exception {
    AsyncZipkinSpanHandler zipkin = AsyncZipkinSpanHandler.newBuilder(sender()).build();
    Tracing tracing = Tracing.newBuilder()
        .localServiceName("transcript-export")
        .addSpanHandler(zipkin)
        .build();
    try {
      int exported = export(tracing.tracer(), List.of(args).stream().map(Path::of).toList());
      System.out.println("exported " + exported);
    } finally {
      tracing.close();
      zipkin.close();
    }
  }
}
