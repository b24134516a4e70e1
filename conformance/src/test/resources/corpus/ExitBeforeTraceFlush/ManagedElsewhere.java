package corpus.exitbeforetraceflush;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.sentry.Sentry;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;

/** Pipelines whose lifecycle someone else manages, or that the process does not own. */
public class ManagedElsewhere {

  static int run(Tracer tracer) {
    return tracer == null ? 1 : 0;
  }

  /** Accepted: the global instance (the Java agent's, or one set elsewhere) is not this code's to close. */
  public static class GlobalInstance {
    public static void main(String[] args) {
      OpenTelemetry openTelemetry = GlobalOpenTelemetry.get();
      System.exit(run(openTelemetry.getTracer("job")));
    }
  }

  /** Accepted: AutoConfiguredOpenTelemetrySdk registers its own shutdown hook, which main returning and System.exit run. */
  public static class AutoConfigured {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
      int code = run(sdk.getTracer("job"));
      System.exit(code);
    }
  }

  /** halt skips even the auto-configured SDK's own hook. */
  public static class AutoConfiguredHalt {
    public static void main(String[] args) {
      AutoConfiguredOpenTelemetrySdk autoSdk = AutoConfiguredOpenTelemetrySdk.builder().setResultAsGlobal().build();
      if (run(GlobalOpenTelemetry.getTracer("job")) != 0) {
        Runtime.getRuntime().halt(1); // tracelint-expect: ExitBeforeTraceFlush -- auto-configured OpenTelemetry SDK 'autoSdk' is not flushed before Runtime.halt(): call autoSdk.getOpenTelemetrySdk().close() first
      }
    }
  }

  /** With its hook disabled, the auto-configured SDK is the program's to close. */
  public static class AutoConfiguredWithoutHook {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk'
      OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder().disableShutdownHook().build().getOpenTelemetrySdk();
      run(sdk.getTracer("job"));
    }
  }

  /** Accepted: Sentry.init registers a flush-on-exit hook by default; Sentry is not a pipeline of this rule. */
  public static class SentryManaged {
    public static void main(String[] args) {
      Sentry.init(options -> options.setDsn(args[0]));
      System.exit(run(GlobalOpenTelemetry.getTracer("job")));
    }
  }

  /** Accepted: Spring Boot owns the application's lifecycle and closes its beans on shutdown. */
  public static class SpringBootApplication {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      GlobalOpenTelemetry.set(sdk);
      SpringApplication.run(SpringBootApplication.class, args);
    }
  }

  /** A server that is handed the SDK, started, and closes it when it stops. */
  static final class TraceServer {
    private final OpenTelemetrySdk sdk;
    private final CountDownLatch stopped = new CountDownLatch(1);

    TraceServer(OpenTelemetrySdk sdk) {
      this.sdk = sdk;
    }

    void start() {}

    void awaitTermination() throws InterruptedException {
      stopped.await();
      sdk.close();
    }
  }

  /** Accepted: the SDK is handed to a server that outlives main and closes it. */
  public static class HandedToServer {
    public static void main(String[] args) throws InterruptedException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      TraceServer server = new TraceServer(sdk);
      server.start();
    }
  }

  /** Accepted: main blocks serving, and a shutdown hook closes the SDK when the process is stopped. */
  public static class BlocksServingWithHook {
    public static void main(String[] args) throws InterruptedException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      CountDownLatch stop = new CountDownLatch(1);
      run(sdk.getTracer("server"));
      stop.await();
    }
  }

  /** Accepted: the SDK comes from another class's factory; this class does not own its lifecycle. */
  public static class FromAnotherClass {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = Telemetry.create();
      System.exit(run(sdk.getTracer("job")));
    }
  }

  /** Builds the SDK for others and registers its own hook. */
  static final class Telemetry {
    static OpenTelemetrySdk create() {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      return sdk;
    }
  }
}
