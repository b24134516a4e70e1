package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;

/**
 * Nested entry points sharing the static helpers of their enclosing class: an unqualified call lands on the enclosing
 * class's static method, which is followed like a helper of the class itself.
 */
class EnclosingClassHelpers {
  static SdkTracerProvider tracerProvider() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  static int work(SdkTracerProvider provider, String[] args) {
    provider.get("job").spanBuilder("work").startSpan().end();
    return args.length;
  }

  static void flush(SdkTracerProvider provider) {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }

  static class FlagsFactoryOfTheEnclosingClass {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracerProvider();
      int status = work(provider, args);
      System.exit(status); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  static class AcceptsFlushHelperOfTheEnclosingClass {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracerProvider();
      int status;
      try {
        status = work(provider, args);
      } finally {
        flush(provider);
      }
      System.exit(status);
    }
  }

  static class AcceptsOwnMethodOfTheSameName {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      int status;
      try {
        status = work(sdk, args);
      } finally {
        sdk.close();
      }
      System.exit(status);
    }

    static int work(OpenTelemetrySdk sdk, String[] args) {
      sdk.getTracer("job").spanBuilder("work").startSpan().end();
      return args.length;
    }
  }

  static class AcceptsHandOffToAnInstanceMethodOfTheEnclosingClass {
    public static void main(String[] args) {
      SdkTracerProvider provider = tracerProvider();
      System.exit(new EnclosingClassHelpers().keep(provider));
    }
  }

  int keep(SdkTracerProvider provider) {
    Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
    return 0;
  }
}
