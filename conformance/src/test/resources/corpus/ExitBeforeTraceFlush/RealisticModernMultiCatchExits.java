package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * An ingestion CLI with Java 17 control flow: a switch statement with arrows that closes before each exit, a labeled
 * loop that breaks out before the close, and a multi-catch that exits from inside the try whose finally would have
 * closed the SDK.
 */
public class RealisticModernMultiCatchExits {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static OpenTelemetrySdk newSdk() {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
        .build();
  }

  static int ingest(Tracer tracer, Path file) throws IOException {
    tracer.spanBuilder("ingest " + file).startSpan().end();
    return 1;
  }

  public static class ArrowSwitch {
    public static void main(String[] args) throws IOException {
      OpenTelemetrySdk sdk = newSdk();
      String mode = args.length == 0 ? "help" : args[0];
      switch (mode) {
        case "help" -> {
          System.out.println("usage: ingest run <file>...");
          sdk.close();
          System.exit(0);
        }
        case "run" -> {
          int total = 0;
          try {
            for (int i = 1; i < args.length; i++) {
              total += ingest(sdk.getTracer("ingest"), Path.of(args[i]));
            }
          } finally {
            sdk.close();
          }
          System.exit(total == 0 ? 1 : 0);
        }
        default -> {
          sdk.close();
          System.exit(64);
        }
      }
    }
  }

  public static class LabeledLoop {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = newSdk();
      try {
        files:
        for (String arg : args) {
          for (String part : List.of(arg.split(","))) {
            if (part.isBlank()) {
              break files;
            }
            ingest(sdk.getTracer("ingest"), Path.of(part));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        sdk.close();
      }
    }
  }

  public static class ExitInCatch {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = newSdk();
      try {
        for (String arg : args) {
          ingest(sdk.getTracer("ingest"), Path.of(arg));
        }
      } catch (IOException | IllegalArgumentException e) {
        System.err.println("ingest failed: " + e.getMessage());
        System.exit(2); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk'
      } finally {
        sdk.close();
      }
    }
  }
}
