package corpus.exitbeforetraceflush;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Batch jobs whose main builds the OpenTelemetry SDK: main returning (normally or by an exception) is the exit. */
public class BatchJobMains {

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static void migrate(Tracer tracer, List<String> tables) {
    for (String table : tables) {
      Span span = tracer.spanBuilder("migrate " + table).startSpan();
      try {
        if (table.isEmpty()) {
          throw new IllegalArgumentException("empty table name");
        }
      } finally {
        span.end();
      }
    }
  }

  /** The SDK is never closed: the batch processor's last spans die with the JVM. */
  public static class NeverClosed {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed on every path out of main
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder()
              .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
              .build())
          .build();
      migrate(sdk.getTracer("migration"), List.of(args));
    }
  }

  /** Closed on the normal path only: an exception from migrate() skips the close. */
  public static class ClosedOnNormalPathOnly {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- call sdk.close() in a finally block
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      migrate(sdk.getTracer("migration"), List.of(args));
      sdk.close();
    }
  }

  /** An early return for an empty run, before anything is recorded: the queue is empty, nothing is lost. */
  public static class EarlyReturn {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      if (args.length == 0) {
        return;
      }
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.close();
      }
    }
  }

  /** Accepted: the early return closes first. */
  public static class EarlyReturnClosesFirst {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      if (args.length == 0) {
        sdk.close();
        return;
      }
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.close();
      }
    }
  }

  /** Accepted: built after the early return, closed in a finally. */
  public static class BuiltAfterEarlyReturn {
    public static void main(String[] args) {
      if (args.length == 0) {
        return;
      }
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.close();
      }
    }
  }

  /** Accepted: closed in a finally. */
  public static class ClosedInFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.close();
      }
    }
  }

  /** Accepted: the SDK is Closeable, try-with-resources closes it. */
  public static class TryWithResources {
    public static void main(String... args) {
      try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build()) {
        migrate(sdk.getTracer("migration"), List.of(args));
      }
    }
  }

  /** Accepted: shutdown waited on, with a bound, in a finally. */
  public static class ShutdownJoinedInFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("migration");
      try {
        migrate(tracer, List.of(args));
      } finally {
        sdk.shutdown().join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** shutdown() starts the shutdown and returns at once: nothing waits for the export. */
  public static class ShutdownNotWaited {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed on every path out of main
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.shutdown();
      }
    }
  }

  /** A flush whose result only gets a callback: main returns before the callback runs. */
  public static class FlushWithCallbackOnly {
    private static final Logger log = LoggerFactory.getLogger(FlushWithCallbackOnly.class);

    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.getSdkTracerProvider().forceFlush().whenComplete(() -> log.info("flushed"));
      }
    }
  }

  /** Accepted: a flush of the SDK's tracer provider, waited on in a finally. */
  public static class ForceFlushJoinedThroughGetter {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  /** Closing the exporter does not drain the batch processor's queue. */
  public static class ClosesOnlyTheExporter {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'tracerProvider'
      SpanExporter exporter = exporter();
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter).build())
          .build();
      try {
        migrate(tracerProvider.get("migration"), List.of(args));
      } finally {
        exporter.shutdown().join(5, TimeUnit.SECONDS);
      }
    }
  }

  /** Accepted: a shutdown hook closes the SDK (the JVM runs hooks when main returns). */
  public static class ShutdownHook {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      migrate(sdk.getTracer("migration"), List.of(args));
    }
  }

  /** A hook that only starts the shutdown: the JVM does not wait for what it does not wait for. */
  public static class ShutdownHookNotWaiting {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::shutdown));
      migrate(sdk.getTracer("migration"), List.of(args));
    }
  }

  /** Accepted: a hook thread held in a local, whose lambda waits for the shutdown. */
  public static class ShutdownHookLambda {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Thread flushOnExit = new Thread(() -> sdk.shutdown().join(10, TimeUnit.SECONDS), "otel-shutdown");
      Runtime.getRuntime().addShutdownHook(flushOnExit);
      migrate(sdk.getTracer("migration"), List.of(args));
    }
  }

  /** Accepted: a same-class helper that completes the SDK, called in a finally. */
  public static class CompletingHelper {
    private static final Logger log = LoggerFactory.getLogger(CompletingHelper.class);

    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        shutdownTelemetry(sdk);
      }
    }

    private static void shutdownTelemetry(OpenTelemetrySdk sdk) {
      log.info("flushing telemetry");
      CompletableResultCode result = sdk.shutdown();
      result.join(10, TimeUnit.SECONDS);
    }
  }

  /** A helper that only starts the shutdown does not complete it. */
  public static class HelperNotWaiting {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        migrate(sdk.getTracer("migration"), List.of(args));
      } finally {
        stopTelemetry(sdk);
      }
    }

    private static void stopTelemetry(OpenTelemetrySdk sdk) {
      sdk.shutdown();
    }
  }

  /** Accepted: registered globally, closed in a finally; registration does not hand it off. */
  public static class RegisteredGloballyAndClosed {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      GlobalOpenTelemetry.set(sdk);
      try {
        migrate(GlobalOpenTelemetry.getTracer("migration"), List.of(args));
      } finally {
        sdk.close();
      }
    }
  }

  /** Registered globally and never closed: the jobs' tracers export through it until the JVM dies. */
  public static class RegisteredGloballyNeverClosed {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk'
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      GlobalOpenTelemetry.set(sdk);
      migrate(GlobalOpenTelemetry.getTracer("migration"), List.of(args));
    }
  }

  /** Not a main: an instance method named main, and a main with another signature. */
  public static class NotEntryPoints {
    public void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      migrate(sdk.getTracer("migration"), List.of(args));
    }

    public static int main(List<String> args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      migrate(sdk.getTracer("migration"), args);
      return 0;
    }
  }
}
