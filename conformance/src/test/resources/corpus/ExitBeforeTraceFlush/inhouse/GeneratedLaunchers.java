package corpus.exitbeforetraceflush.inhouse;

import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generated command-line launchers, which write some types in full instead of importing them: a pipeline created
 * through {@code corpus...JobTelemetry.start(..)} or {@code io...SdkTracerProvider.builder()} is judged as one created
 * through an import, and a wait on {@code io.opentelemetry.sdk.common.CompletableResultCode.ofAll(..)} completes the
 * providers it combines.
 */
public class GeneratedLaunchers {
  /** Exits on a usage error while the pipeline still holds the launch step. */
  public static class ExitsOnAUsageError {
    public static void main(String[] args) {
      corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry telemetry =
          corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry.start("launch");
      telemetry.step("parse arguments");
      if (args.length == 0) {
        System.exit(64); // tracelint-expect: ExitBeforeTraceFlush -- 'telemetry'
      }
      telemetry.close();
    }
  }

  /** Accepted: closed before either exit. */
  public static class ClosesBeforeTheExit {
    public static void main(String[] args) {
      corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry telemetry =
          corpus.exitbeforetraceflush.inhouse.sdk.JobTelemetry.start("launch");
      telemetry.step("parse arguments");
      telemetry.close();
      System.exit(args.length == 0 ? 64 : 0);
    }
  }

  /** Exits on a usage error before the provider, built on its type written in full, is closed. */
  public static class ExitsBeforeClosingAProviderBuiltInFull {
    public static void main(String[] args) {
      io.opentelemetry.sdk.trace.SdkTracerProvider provider =
          io.opentelemetry.sdk.trace.SdkTracerProvider.builder().build();
      if (args.length == 0) {
        System.exit(2); // tracelint-expect: ExitBeforeTraceFlush -- 'provider'
      }
      provider.close();
    }
  }

  /** Accepted: the provider built in full is closed before the exit. */
  public static class ClosesAProviderBuiltInFull {
    public static void main(String[] args) {
      io.opentelemetry.sdk.trace.SdkTracerProvider provider =
          io.opentelemetry.sdk.trace.SdkTracerProvider.builder().build();
      provider.close();
      System.exit(args.length == 0 ? 2 : 0);
    }
  }

  /** Accepted: both providers are shut down and waited for through the combined result, its type written in full. */
  public static class WaitsForBothProviders {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder().build();
      SdkMeterProvider meterProvider = SdkMeterProvider.builder().build();
      io.opentelemetry.sdk.common.CompletableResultCode.ofAll(
              List.of(tracerProvider.shutdown(), meterProvider.shutdown()))
          .join(10, TimeUnit.SECONDS);
      System.exit(0);
    }
  }
}
