package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Telemetry housekeeping kept off the request path: an @Async service method flushes and waits on the task
 * executor, a @Scheduled job flushes periodically, and shutdown waits in @PreDestroy.
 */
public class RealisticAsyncBackgroundTelemetryService {
  @Service
  public static class TelemetryHousekeeping {
    private final SdkTracerProvider tracerProvider;

    TelemetryHousekeeping(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Async
    public CompletableFuture<Boolean> flushSoon() {
      boolean ok = tracerProvider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess();
      return CompletableFuture.completedFuture(ok);
    }

    @Scheduled(fixedRate = 30_000)
    public void periodicFlush() {
      tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
    }

    @PreDestroy
    public void shutdown() {
      tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  @RestController
  public static class EvaluationController {
    interface Evaluator {
      double score(String answer);
    }

    private final Evaluator evaluator;
    private final TelemetryHousekeeping housekeeping;

    EvaluationController(Evaluator evaluator, TelemetryHousekeeping housekeeping) {
      this.evaluator = evaluator;
      this.housekeeping = housekeeping;
    }

    @PostMapping("/evaluate")
    public double evaluate(@RequestBody String answer) {
      double score = evaluator.score(answer);
      housekeeping.flushSoon();
      return score;
    }
  }
}
