package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;

/**
 * A Spring Boot worker that runs its asynchronous evaluation batch from a CommandLineRunner and exits through
 * SpringApplication.exit: the framework owns the lifecycle and closes the telemetry beans on the way out.
 */
public class RealisticAsyncSpringBootWorkerMain {
  public static void main(String[] args) {
    System.exit(SpringApplication.exit(SpringApplication.run(RealisticAsyncSpringBootWorkerMain.class, args)));
  }

  /** The SDK is a bean the context closes; the runner only waits for its own work. */
  public static class EvaluationRunner implements CommandLineRunner {
    private final OpenTelemetrySdk sdk;

    public EvaluationRunner(OpenTelemetrySdk sdk) {
      this.sdk = sdk;
    }

    @Override
    public void run(String... args) {
      CompletableFuture.runAsync(() -> sdk.getTracer("eval").spanBuilder("batch").startSpan().end())
          .orTimeout(1, TimeUnit.HOURS)
          .join();
    }
  }

  /** A bean factory the context calls: the SDK it builds is closed by the context (destroy method). */
  public static OpenTelemetrySdk openTelemetry() {
    return OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
  }
}
