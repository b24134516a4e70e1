package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CLIs and workers that end with System.exit, Runtime.exit or Runtime.halt: exit runs shutdown hooks but no finally
 * block, halt runs neither.
 */
public class SystemExitCalls {
  private static final Logger log = LoggerFactory.getLogger(SystemExitCalls.class);

  static int process(Tracer tracer, String[] args) throws Exception {
    if (args.length > 3) {
      throw new Exception("too many arguments");
    }
    return args.length;
  }

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  /** The exit code is computed, then System.exit runs with the SDK never closed. */
  public static class ExitWithoutClose {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int failures = process(sdk.getTracer("cli"), args);
      System.exit(failures == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed before System.exit(): call sdk.close() first
    }
  }

  /** Accepted: closed in a finally, then exit. */
  public static class CloseInFinallyThenExit {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int failures;
      try {
        failures = process(sdk.getTracer("cli"), args);
      } finally {
        sdk.close();
      }
      System.exit(failures == 0 ? 0 : 1);
    }
  }

  /** System.exit inside the try: the finally that closes the SDK never runs. */
  public static class ExitInsideTryWithFinally {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        int failures = process(sdk.getTracer("cli"), args);
        if (failures > 0) {
          System.exit(1); // tracelint-expect: ExitBeforeTraceFlush -- System.exit() runs no finally block
        }
      } finally {
        sdk.close();
      }
    }
  }

  /** The failure path exits from the catch; only the normal path reaches the close. */
  public static class ExitInCatch {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        process(sdk.getTracer("cli"), args);
      } catch (Exception e) {
        log.error("job failed", e);
        System.exit(2); // tracelint-expect: ExitBeforeTraceFlush
      }
      sdk.close();
    }
  }

  /** Accepted: the catch closes before it exits, the normal path closes in the finally. */
  public static class CloseBeforeExitInCatch {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      try {
        process(sdk.getTracer("cli"), args);
      } catch (Exception e) {
        log.error("job failed", e);
        sdk.close();
        System.exit(2);
      } finally {
        sdk.close();
      }
    }
  }

  /** Accepted: a shutdown hook registered before the exit closes the SDK (System.exit runs hooks). */
  public static class HookBeforeExit {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      System.exit(process(sdk.getTracer("cli"), args));
    }
  }

  /** The hook is registered after the exit call it should cover (a startup span is already queued). */
  public static class HookAfterEarlyExit {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      sdk.getTracer("cli").spanBuilder("cli.start").startSpan().end();
      if (args.length == 0) {
        log.warn("nothing to do");
        System.exit(0); // tracelint-expect: ExitBeforeTraceFlush
      }
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      System.exit(process(sdk.getTracer("cli"), args));
    }
  }

  /** Runtime.getRuntime().exit is System.exit. */
  public static class RuntimeExit {
    public static void main(String[] args) throws Exception {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      process(tracerProvider.get("cli"), args);
      Runtime.getRuntime().exit(0); // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'tracerProvider' is not flushed before Runtime.exit()
    }
  }

  /** halt runs no shutdown hook: the hook registered for the SDK never runs. */
  public static class HaltSkipsTheHook {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      if (process(sdk.getTracer("cli"), args) < 0) {
        Runtime.getRuntime().halt(3); // tracelint-expect: ExitBeforeTraceFlush -- halt() runs no shutdown hook
      }
    }
  }

  /** Accepted: the SDK is shut down, and waited on, before halting. */
  public static class FlushedBeforeHalt {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      if (process(sdk.getTracer("cli"), args) < 0) {
        sdk.shutdown().join(5, TimeUnit.SECONDS);
        Runtime.getRuntime().halt(3);
      }
    }
  }

  /** The usage helper exits after a startup span, before the SDK is closed: reported at the helper's exit call. */
  public static class ExitInUsageHelper {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      sdk.getTracer("cli").spanBuilder("cli.start").startSpan().end();
      if (args.length == 0) {
        usage();
      }
      try {
        process(sdk.getTracer("cli"), args);
      } finally {
        sdk.close();
      }
    }

    private static void usage() {
      log.error("usage: cli <file>...");
      System.exit(64); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  /** Accepted: the helper that exits is called only after the SDK is closed. */
  public static class ExitHelperAfterClose {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int failures;
      try {
        failures = process(sdk.getTracer("cli"), args);
      } finally {
        sdk.close();
      }
      finish(failures);
    }

    private static void finish(int failures) {
      log.info("done, {} failures", failures);
      System.exit(failures == 0 ? 0 : 1);
    }
  }

  /** Accepted: no pipeline is owned here; exits are fine. */
  public static class NoPipeline {
    public static void main(String[] args) {
      if (args.length == 0) {
        System.exit(64);
      }
      Runtime.getRuntime().halt(0);
    }
  }
}
