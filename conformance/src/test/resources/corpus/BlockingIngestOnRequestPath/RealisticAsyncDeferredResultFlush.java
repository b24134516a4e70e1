package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * A feedback endpoint that answers through DeferredResult once the rating is stored: the flush it asks for is
 * completed by the exporter's thread; one variant parks the request thread on a latch the flush releases.
 */
@RestController
public class RealisticAsyncDeferredResultFlush {
  interface AsyncFeedbackStore {
    CompletableFuture<Void> save(String traceId, int rating);
  }

  private final AsyncFeedbackStore store;
  private final SdkTracerProvider tracerProvider;

  RealisticAsyncDeferredResultFlush(AsyncFeedbackStore store, SdkTracerProvider tracerProvider) {
    this.store = store;
    this.tracerProvider = tracerProvider;
  }

  @PostMapping("/feedback")
  public DeferredResult<String> feedback(@RequestBody String traceId) {
    DeferredResult<String> result = new DeferredResult<>(10_000L);
    store.save(traceId, 1).whenComplete((saved, error) -> {
      tracerProvider.forceFlush();
      if (error != null) {
        result.setErrorResult(error);
      } else {
        result.setResult("thanks");
      }
    });
    return result;
  }

  @PostMapping("/feedback/confirmed")
  public String feedbackConfirmed(@RequestBody String traceId) throws InterruptedException {
    store.save(traceId, 1).join();
    CountDownLatch exported = new CountDownLatch(1);
    CompletableResultCode flush = tracerProvider.forceFlush();
    flush.whenComplete(exported::countDown);
    exported.await(2, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return flush.isSuccess() ? "stored and exported" : "stored";
  }
}
