package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Evaluation runners that run their suite asynchronously and then exit: they must wait for the flush they asked for,
 * and a callback on the flush's result waits for nothing.
 */
public class RealisticAsyncFlushWithoutWaitMain {
  interface AsyncSuite {
    CompletableFuture<Boolean> run();
  }

  public static class CallbackOnly {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed = suite().run().join();
      CompletableResultCode flushed = provider.forceFlush();
      flushed.whenComplete(() -> System.err.println("spans flushed: " + flushed.isSuccess()));
      System.exit(passed ? 0 : 1); // tracelint-expect: ExitBeforeTraceFlush
    }
  }

  public static class WaitsForAllResults {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed = suite().run().join();
      CompletableResultCode flushed = provider.forceFlush();
      CompletableResultCode.ofAll(java.util.List.of(flushed, provider.shutdown())).join(10, TimeUnit.SECONDS);
      System.exit(passed ? 0 : 1);
    }
  }

  public static class ExitsFromTheCallback {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      suite().run().whenComplete((passed, error) -> {
        provider.shutdown().join(10, TimeUnit.SECONDS);
        System.exit(Boolean.TRUE.equals(passed) ? 0 : 1);
      });
    }
  }

  public static class ShutsDownThenExits {
    public static void main(String[] args) {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      boolean passed;
      try {
        passed = suite().run().orTimeout(30, TimeUnit.MINUTES).join();
      } finally {
        provider.shutdown().join(10, TimeUnit.SECONDS);
      }
      System.exit(passed ? 0 : 1);
    }
  }

  static AsyncSuite suite() {
    return () -> CompletableFuture.completedFuture(true);
  }
}
