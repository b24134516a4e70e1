package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A wait written by hand on the flush or shutdown it asked for: a latch or a future of its own that the result's
 * callback releases, waited on in the same method, completes the pipeline as join(..) would. A callback alone, or a
 * wait on something the flush does not release, completes nothing.
 */
public class WaitsReleasedByACompletionCallback {
  static void runJob() {}

  public static class AcceptsLatchReleasedByShutdown {
    public static void main(String[] args) throws InterruptedException {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().setTracerProvider(SdkTracerProvider.builder().build()).build();
      try {
        runJob();
      } finally {
        CountDownLatch shutDown = new CountDownLatch(1);
        sdk.shutdown().whenComplete(shutDown::countDown);
        shutDown.await(10, TimeUnit.SECONDS);
      }
    }
  }

  public static class AcceptsLatchReleasedByAStoredFlushResult {
    public static void main(String[] args) throws InterruptedException {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      try {
        runJob();
      } finally {
        CountDownLatch flushed = new CountDownLatch(1);
        CompletableResultCode result = provider.forceFlush();
        result.whenComplete(() -> flushed.countDown());
        flushed.await(5, TimeUnit.SECONDS);
      }
    }
  }

  public static class AcceptsOwnFutureCompletedByShutdown {
    public static void main(String[] args) throws Exception {
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      try {
        runJob();
      } finally {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        provider.shutdown().whenComplete(() -> stopped.complete(null));
        stopped.get(10, TimeUnit.SECONDS);
      }
    }
  }

  public static class FlagsCallbackWithoutAWait {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      try {
        runJob();
      } finally {
        CountDownLatch flushed = new CountDownLatch(1);
        provider.forceFlush().whenComplete(flushed::countDown);
      }
    }
  }

  public static class FlagsWaitOnTheJobNotTheFlush {
    public static void main(String[] args) throws InterruptedException { // tracelint-expect: ExitBeforeTraceFlush
      SdkTracerProvider provider = SdkTracerProvider.builder().build();
      CountDownLatch jobDone = new CountDownLatch(1);
      new Thread(() -> {
        runJob();
        jobDone.countDown();
      }).start();
      provider.forceFlush();
      jobDone.await(1, TimeUnit.HOURS);
    }
  }
}
