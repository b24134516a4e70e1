package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Spring MVC async handlers of an evaluation service: the returned future produces the response. */
@RestController
public class RealisticAppAsyncMvcCallables {
  interface Evaluator {
    double evaluate(String runId);
  }

  private final Evaluator evaluator;
  private final SdkTracerProvider provider;
  private final ExecutorService pool;

  public RealisticAppAsyncMvcCallables(Evaluator evaluator, SdkTracerProvider provider, ExecutorService pool) {
    this.evaluator = evaluator;
    this.provider = provider;
    this.pool = pool;
  }

  @PostMapping("/eval")
  public CompletableFuture<Double> evaluate(@RequestBody String runId) {
    return CompletableFuture.supplyAsync(() -> evaluator.evaluate(runId), pool);
  }

  /** The response waits until the traces of the run are exported. */
  @PostMapping("/eval/exported")
  public CompletableFuture<Double> evaluateExported(@RequestBody String runId) {
    return CompletableFuture.supplyAsync(() -> evaluator.evaluate(runId), pool)
        .whenComplete((score, error) -> provider.forceFlush().join(10, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
  }

  /** Export requested in the background, the response not held: the future returned is the evaluation's. */
  @PostMapping("/eval/background-export")
  public CompletableFuture<Double> evaluateWithBackgroundExport(@RequestBody String runId) {
    CompletableFuture<Double> score = CompletableFuture.supplyAsync(() -> evaluator.evaluate(runId), pool);
    score.whenComplete((value, error) -> provider.forceFlush());
    return score;
  }
}
