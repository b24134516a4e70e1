package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ExitBeforeTraceFlush's page, its examples written as it writes them: the migration that exits with the SDK
 * open, the bad and good forms of "How to fix it", halt and Runtime.exit, shutdown() without a wait, the catches
 * that do and do not take what the try throws, and the Lambda handler that flushes in a finally.
 */
public class DocsExamplesExits {
  private static final Logger log = LoggerFactory.getLogger(DocsExamplesExits.class);

  static SdkTracerProvider tracerProvider() {
    return SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
        .build();
  }

  static void runMigration(Tracer tracer) throws Exception {
    if (tracer == null) {
      throw new Exception("no tracer");
    }
  }

  static void sync() throws IOException {
    throw new IOException("offline");
  }

  /** The page's first example: the batch processor's queue dies with the JVM. */
  public static class ProblemMigration {
    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = tracerProvider();
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider).build();
      int failed = new DocsMigration(sdk.getTracer("migration")).run();
      System.exit(failed == 0 ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed before System.exit()
    }
  }

  /** "How to fix it", bad: System.exit in the catch skips the finally that closes the SDK. */
  public static class BadExitInCatchBeforeFinally {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      try {
        runMigration(sdk.getTracer("migration"));
      } catch (Exception e) {
        log.error("migration failed", e);
        System.exit(1); // tracelint-expect: ExitBeforeTraceFlush
      } finally {
        sdk.close();
      }
    }
  }

  /** "How to fix it", good: the status is kept, the finally closes, then the exit. */
  public static class GoodStatusThenExit {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      int status = 0;
      try {
        runMigration(sdk.getTracer("migration"));
      } catch (Exception e) {
        log.error("migration failed", e);
        status = 1;
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }

  /** "How to fix it", the shutdown hook: covers System.exit. */
  public static class GoodShutdownHookThenExit {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close, "otel-shutdown"));
      runMigration(sdk.getTracer("migration"));
      System.exit(0);
    }
  }

  /** The same hook does not cover halt, which runs no shutdown hook. */
  public static class ShutdownHookThenHalt {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close, "otel-shutdown"));
      runMigration(sdk.getTracer("migration"));
      Runtime.getRuntime().halt(3); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed before Runtime.halt(): call sdk.close() first; halt() runs no shutdown hook and no finally block
    }
  }

  /** A hook that waits on the provider's shutdown: main returning is covered. */
  public static class HookJoiningTheProviderShutdown {
    public static void main(String[] args) throws Exception {
      SdkTracerProvider tp = tracerProvider();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> tp.shutdown().join(10, TimeUnit.SECONDS)));
      runMigration(tp.get("migration"));
    }
  }

  /** shutdown() alone completes nothing: nothing waits for the export. */
  public static class ShutdownNotWaitedOn {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush -- is not flushed on every path out of main
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      try {
        runMigration(sdk.getTracer("migration"));
      } finally {
        sdk.shutdown();
      }
    }
  }

  /** A local holding the shutdown's result, waited on in the finally. */
  public static class ShutdownResultJoinedThroughALocal {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      try {
        runMigration(sdk.getTracer("migration"));
      } finally {
        CompletableResultCode r = sdk.shutdown();
        r.join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** Runtime.exit is System.exit: it runs no finally block. */
  public static class RuntimeExitInsideTheTry {
    public static void main(String[] args) throws Exception {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      try {
        runMigration(sdk.getTracer("migration"));
        Runtime.getRuntime().exit(0); // tracelint-expect: ExitBeforeTraceFlush
      } finally {
        sdk.close();
      }
    }
  }

  /** The page's catch of Exception: it takes what sync() throws, so the close after it runs on every path. */
  public static class CatchOfExceptionThenClose {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        sync();
      } catch (Exception e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  /** A narrower catch lets a RuntimeException leave before the close. */
  public static class NarrowerCatchThenClose {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        sync();
      } catch (IOException e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  /** Known limit: a multi-catch that covers everything sync() throws is still not a catch of Exception. */
  public static class MultiCatchThenClose {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        sync();
      } catch (IOException | RuntimeException e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  /** A catch that rethrows leaves before the close. */
  public static class CatchThatRethrowsThenClose {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        sync();
      } catch (Exception e) {
        log.error("sync failed", e);
        throw e;
      }
      sdk.close();
    }
  }

  /** The page's throws under a catch of Exception: an IllegalArgumentException is taken, an AssertionError is not. */
  public static class ThrowOfAnExceptionUnderACatch {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        if (args.length == 0) throw new IllegalArgumentException("no input");
        sync();
      } catch (Exception e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  public static class ThrowOfAnErrorUnderACatch {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      Tracer tracer = sdk.getTracer("sync");
      try {
        tracer.spanBuilder("sync").startSpan().end();
        if (args.length == 0) throw new AssertionError("no input");
        sync();
      } catch (Exception e) {
        log.error("sync failed", e);
      }
      sdk.close();
    }
  }

  /** A pipeline built and chained into getTracer is kept nowhere: nothing can ever close it. */
  public static class PipelineKeptNowhere {
    public static void main(String[] args) throws Exception { // tracelint-expect: ExitBeforeTraceFlush
      Tracer tracer = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build().getTracer("job");
      runMigration(tracer);
    }
  }

  /** The page's known limit: a pipeline passed where the callee declares OpenTelemetry is a use with types only. */
  public static class PassedAsTheUseOnlyInterface {
    public static void main(String[] args) throws Exception { // tracelint-expect-with-types: ExitBeforeTraceFlush
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
      new DocsJob(sdk).run();
    }
  }

  /** Not exits: an instance main, a main taking a list. */
  public void main(String[] args) throws Exception {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
    runMigration(sdk.getTracer("instance"));
  }

  public static void main(java.util.List<String> args) throws Exception {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(tracerProvider()).build();
    runMigration(sdk.getTracer("list"));
  }
}

class DocsMigration {
  private final Tracer tracer;

  DocsMigration(Tracer tracer) {
    this.tracer = tracer;
  }

  int run() {
    return tracer == null ? 1 : 0;
  }
}

class DocsJob {
  private final OpenTelemetry otel;

  DocsJob(OpenTelemetry otel) {
    this.otel = otel;
  }

  void run() {
    otel.getTracer("job").spanBuilder("run").startSpan().end();
  }
}

/** The page's Lambda handler: flush and wait in a finally, every return covered. */
class DocsFlushingLambdaHandler implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK =
      OpenTelemetrySdk.builder().setTracerProvider(DocsExamplesExits.tracerProvider()).build();
  private static final Tracer TRACER = SDK.getTracer("lambda");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    try {
      return process(TRACER, event);
    } finally {
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }
  }

  private static String process(Tracer tracer, Map<String, String> event) {
    tracer.spanBuilder("process").startSpan().end();
    return event.getOrDefault("q", "");
  }
}

/** The same handler without the finally: the message the page shows for a Lambda handler. */
class DocsNonFlushingLambdaHandler implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK =
      OpenTelemetrySdk.builder().setTracerProvider(DocsExamplesExits.tracerProvider()).build();
  private static final Tracer TRACER = SDK.getTracer("lambda");

  @Override
  public String handleRequest(Map<String, String> event, Context context) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'SDK' is not flushed before handleRequest returns: call SDK.getSdkTracerProvider().forceFlush().join(..) in a finally block
    String answer = process(TRACER, event);
    SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    return answer;
  }

  private static String process(Tracer tracer, Map<String, String> event) {
    tracer.spanBuilder("process").startSpan().end();
    return event.getOrDefault("q", "");
  }
}

/** Not a Lambda handler: its handleRequest is not an exit. */
class DocsNotALambdaHandler {
  private static final OpenTelemetrySdk SDK =
      OpenTelemetrySdk.builder().setTracerProvider(DocsExamplesExits.tracerProvider()).build();

  public String handleRequest(Map<String, String> event, Context context) {
    SDK.getTracer("x").spanBuilder("x").startSpan().end();
    return event.getOrDefault("q", "");
  }
}
