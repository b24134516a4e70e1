package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/** Agent workers that rely on a shutdown hook; whether the hook waits for the export decides. */
public class RealisticAgentShutdownHookForms {
  static OpenTelemetrySdk sdk() {
    return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
  }

  static void work(OpenTelemetrySdk sdk, String[] tasks) {
    for (String task : tasks) {
      sdk.getTracer("worker").spanBuilder("task " + task).startSpan().end();
    }
  }

  /** shutdown() in the hook starts the export and returns: the JVM halts before it completes. */
  public static class HookNotWaiting {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- 'sdk'
      OpenTelemetrySdk sdk = sdk();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::shutdown));
      work(sdk, args);
    }
  }

  /** close() in the hook waits for the export. */
  public static class HookClosing {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = sdk();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      work(sdk, args);
    }
  }

  /** shutdown() waited on in the hook. */
  public static class HookJoining {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = sdk();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> sdk.shutdown().join(10, TimeUnit.SECONDS)));
      work(sdk, args);
      System.exit(0);
    }
  }
}
