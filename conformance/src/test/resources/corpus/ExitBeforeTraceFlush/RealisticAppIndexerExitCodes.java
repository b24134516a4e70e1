package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A command-line indexer that embeds a folder of documents into the vector store of a RAG service. */
public class RealisticAppIndexerExitCodes {
  static final int EXIT_IO = 74;
  static final int EXIT_SOFTWARE = 70;

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static int indexFolder(Tracer tracer, Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> documents = files.filter(path -> path.toString().endsWith(".md")).toList();
      for (Path document : documents) {
        Span span = tracer.spanBuilder("index.document").setAttribute("document.path", document.toString()).startSpan();
        try {
          Files.readString(document);
        } finally {
          span.end();
        }
      }
      return documents.size();
    }
  }

  /** An unreadable folder exits with EX_IOERR from the catch: the batch processor's queue dies with the JVM. */
  public static void main(String[] args) {
    SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).setScheduleDelay(2, TimeUnit.SECONDS).build())
        .build();
    Tracer tracer = tracerProvider.get("indexer");
    try {
      int indexed = indexFolder(tracer, Path.of(args.length > 0 ? args[0] : "docs"));
      System.out.println("indexed " + indexed + " documents");
    } catch (IOException | UncheckedIOException e) {
      System.err.println("cannot read the folder: " + e.getMessage());
      System.exit(EXIT_IO); // tracelint-expect: ExitBeforeTraceFlush -- 'tracerProvider'
    } finally {
      tracerProvider.close();
    }
  }

  /** The rewrite of the same CLI: the status is kept, the provider closed, then the exit. */
  static final class Rewritten {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      int status = 0;
      try {
        indexFolder(tracerProvider.get("indexer"), Path.of(args.length > 0 ? args[0] : "docs"));
      } catch (IOException e) {
        System.err.println("cannot read the folder: " + e.getMessage());
        status = EXIT_IO;
      } catch (RuntimeException e) {
        status = EXIT_SOFTWARE;
      } finally {
        tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
      }
      if (status != 0) {
        System.exit(status);
      }
    }
  }
}
