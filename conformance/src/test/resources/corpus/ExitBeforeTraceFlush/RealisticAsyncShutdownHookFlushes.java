package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Long-running queue consumers that stop on SIGTERM: the shutdown hook must wait for the SDK's shutdown (bounded);
 * a hook that only requests it lets the JVM halt with the queue still full.
 */
public class RealisticAsyncShutdownHookFlushes {
  interface Consumer {
    void runUntil(CountDownLatch stop, Tracer tracer) throws InterruptedException;
  }

  public static class WaitingHook {
    public static void main(String[] args) throws InterruptedException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        stop.countDown();
        sdk.shutdown().join(10, TimeUnit.SECONDS);
      }, "telemetry-shutdown"));
      consumer().runUntil(stop, sdk.getTracer("consumer"));
    }
  }

  public static class ClosingHook {
    public static void main(String[] args) throws InterruptedException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(sdk::close));
      consumer().runUntil(new CountDownLatch(1), sdk.getTracer("consumer"));
    }
  }

  public static class RequestingHook {
    public static void main(String[] args) throws InterruptedException { // tracelint-expect: ExitBeforeTraceFlush
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      Runtime.getRuntime().addShutdownHook(new Thread(provider::forceFlush));
      consumer().runUntil(new CountDownLatch(1), provider.get("consumer"));
    }
  }

  public static class ExitOnFatalError {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> sdk.shutdown().join(5, TimeUnit.SECONDS)));
      try {
        consumer().runUntil(new CountDownLatch(1), sdk.getTracer("consumer"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        System.exit(130);
      }
    }
  }

  static Consumer consumer() {
    return (stop, tracer) -> stop.await();
  }
}
