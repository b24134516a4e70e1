package corpus.exitbeforetraceflush;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Providers and processors built separately and put together, and pipelines built by same-class helpers: the usual
 * layout of a job's telemetry set-up.
 */
public class ProvidersAndHelpers {

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static void index(Tracer tracer) {
    if (tracer == null) {
      throw new IllegalStateException("no tracer");
    }
  }

  /** Accepted: the documented set-up, a hook on the provider that the global SDK was built with. */
  public static class HookOnAbsorbedProvider {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).buildAndRegisterGlobal();
      Runtime.getRuntime().addShutdownHook(new Thread(tracerProvider::close));
      index(GlobalOpenTelemetry.getTracer("indexer"));
    }
  }

  /** Accepted: the provider went into the SDK, and closing the SDK closes it. */
  public static class ProviderClosedWithTheSdk {
    public static void main(String[] args) {
      BatchSpanProcessor processor = BatchSpanProcessor.builder(exporter()).setScheduleDelay(1, TimeUnit.SECONDS).build();
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().addSpanProcessor(processor).build();
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
      try {
        index(sdk.getTracer("indexer"));
      } finally {
        sdk.close();
      }
    }
  }

  /** Built, registered globally and thrown away: nothing can ever flush it. */
  public static class BuiltAndDiscarded {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK built by buildAndRegisterGlobal() is not flushed
      OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
          .buildAndRegisterGlobal();
      index(GlobalOpenTelemetry.getTracer("indexer"));
    }
  }

  /** Accepted: every provider shut down together, and waited on. */
  public static class ProvidersShutDownTogether {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();
      SdkLoggerProvider loggerProvider = SdkLoggerProvider.builder().build();
      try {
        index(tracerProvider.get("indexer"));
      } finally {
        CompletableResultCode.ofAll(List.of(tracerProvider.shutdown(), meterProvider.shutdown(), loggerProvider.shutdown()))
            .join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** The tracer provider is closed, the meter provider is forgotten. */
  public static class MeterProviderForgotten {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- meter provider 'meterProvider'
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();
      try {
        index(tracerProvider.get("indexer"));
      } finally {
        tracerProvider.close();
      }
    }
  }

  /** A same-class factory builds the SDK; main owns what it returns and never closes it. */
  public static class FactoryHelper {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'openTelemetry'
      OpenTelemetrySdk openTelemetry = initOpenTelemetry();
      index(openTelemetry.getTracer("indexer"));
    }

    private static OpenTelemetrySdk initOpenTelemetry() {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      return OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
    }
  }

  /** Accepted: the factory registers a hook that closes what it returns. */
  public static class FactoryHelperWithHook {
    public static void main(String[] args) {
      OpenTelemetry openTelemetry = initOpenTelemetry();
      System.exit(args.length == 0 ? 2 : 0);
    }

    private static OpenTelemetrySdk initOpenTelemetry() {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      return sdk;
    }
  }

  /** Accepted: the documented ExampleConfiguration, in the same class: a hook on the provider the SDK absorbed. */
  public static class DocumentedExampleConfiguration {
    public static void main(String[] args) {
      OpenTelemetry openTelemetry = initOpenTelemetry();
      index(openTelemetry.getTracer("indexer"));
    }

    static OpenTelemetry initOpenTelemetry() {
      SdkTracerProvider sdkTracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(sdkTracerProvider).buildAndRegisterGlobal();
      Runtime.getRuntime().addShutdownHook(new Thread(sdkTracerProvider::close));
      return sdk;
    }
  }

  /** Accepted: the hook thread comes from a same-class helper that closes what it is given. */
  public static class HookFromHelper {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(shutdownHook(sdk));
      index(sdk.getTracer("indexer"));
    }

    private static Thread shutdownHook(OpenTelemetrySdk sdk) {
      return new Thread(() -> sdk.shutdown().join(10, TimeUnit.SECONDS), "otel-shutdown");
    }
  }

  /** An init helper stores the SDK in a static field; main returns without closing it. */
  public static class InitHelperAssignsField {
    private static OpenTelemetrySdk sdk;

    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk'
      initTelemetry();
      index(sdk.getTracer("indexer"));
    }

    private static void initTelemetry() {
      sdk = OpenTelemetrySdk.builder().build();
    }
  }

  /** Accepted: the static field is closed in a finally. */
  public static class StaticFieldClosedInFinally {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();

    public static void main(String[] args) {
      try {
        index(SDK.getTracer("indexer"));
      } finally {
        SDK.close();
      }
    }
  }

  /** Accepted: a helper closes the static field, waits, and is called in a finally. */
  public static class StaticFieldClosedByHelper {
    private static final SdkTracerProvider TRACER_PROVIDER = SdkTracerProvider.builder().build();

    public static void main(String[] args) {
      try {
        index(TRACER_PROVIDER.get("indexer"));
      } finally {
        flushTelemetry();
      }
    }

    private static void flushTelemetry() {
      TRACER_PROVIDER.forceFlush().join(10, TimeUnit.SECONDS);
    }
  }

  /** A helper builds and registers the SDK globally, keeping it nowhere: main cannot flush it. */
  public static class InitHelperKeepsNothing {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK built by configureTelemetry()
      configureTelemetry();
      index(GlobalOpenTelemetry.getTracer("indexer"));
    }

    private static void configureTelemetry() {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      GlobalOpenTelemetry.set(sdk);
    }
  }

  /** Accepted: passed where the OpenTelemetry API interface is declared, the callee can only use it. */
  public static class PassedAsApiInterface {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        new Indexer(sdk).run();
      } finally {
        sdk.close();
      }
    }
  }

  /** Passed where the API interface is declared and never closed (found with types only). */
  public static class PassedAsApiInterfaceNeverClosed {
    public static void main(String[] args) { // tracelint-expect-with-types: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      new Indexer(sdk).run();
    }
  }

  static final class Indexer {
    private final OpenTelemetry openTelemetry;

    Indexer(OpenTelemetry openTelemetry) {
      this.openTelemetry = openTelemetry;
    }

    void run() {
      index(openTelemetry.getTracer("indexer"));
    }
  }
}
