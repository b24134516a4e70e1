package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring MVC endpoints that return CompletableFuture (async request processing): the response is completed by the
 * returned future, so a wait on telemetry in its stages makes the response wait; a flush requested and left to the
 * exporter, or run on a separate executor that nobody waits for, does not.
 */
@RestController
public class RealisticAsyncFutureEndpoints {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncFutureEndpoints.class);

  interface AsyncAgent {
    CompletableFuture<String> run(String task);
  }

  private final AsyncAgent agent;
  private final SdkTracerProvider tracerProvider;
  private final Executor housekeeping;

  RealisticAsyncFutureEndpoints(AsyncAgent agent, SdkTracerProvider tracerProvider, Executor housekeeping) {
    this.agent = agent;
    this.tracerProvider = tracerProvider;
    this.housekeeping = housekeeping;
  }

  @PostMapping("/tasks")
  public CompletableFuture<String> run(@RequestBody String task) {
    return agent.run(task).whenComplete((result, error) -> {
      CompletableResultCode flush = tracerProvider.forceFlush();
      flush.whenComplete(() -> log.debug("task spans exported: {}", flush.isSuccess()));
    });
  }

  @PostMapping("/tasks/offloaded")
  public CompletableFuture<String> runWithOffloadedFlush(@RequestBody String task) {
    return agent.run(task).whenComplete((result, error) ->
        CompletableFuture.runAsync(() -> tracerProvider.forceFlush().join(10, TimeUnit.SECONDS), housekeeping));
  }

  @PostMapping("/tasks/flushed")
  public CompletableFuture<String> runAndWaitForSpans(@RequestBody String task) {
    return agent.run(task).thenApply(result -> {
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return result;
    });
  }

  @PostMapping("/tasks/supplied")
  public CompletableFuture<String> runSupplied(@RequestBody String task) {
    return CompletableFuture.supplyAsync(() -> {
      String result = agent.run(task).join();
      tracerProvider.forceFlush().join(5, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
      return result;
    }, housekeeping);
  }
}
