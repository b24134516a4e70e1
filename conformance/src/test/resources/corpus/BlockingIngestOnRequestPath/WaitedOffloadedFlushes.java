package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A feedback endpoint that moves the flush to an export pool: that keeps the request off the collector only when
 * nobody waits for the task. Waiting on the task's future waits for the flush it runs.
 */
@RestController
public class WaitedOffloadedFlushes {
  private final SdkTracerProvider provider;
  private final ExecutorService exportPool;

  WaitedOffloadedFlushes(SdkTracerProvider provider, ExecutorService exportPool) {
    this.provider = provider;
    this.exportPool = exportPool;
  }

  @PostMapping("/feedback/confirmed")
  public String confirmed(@RequestBody String note) throws Exception {
    CompletableFuture.runAsync(this::drain, exportPool).get(10, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "exported " + note.length();
  }

  @PostMapping("/feedback/submitted")
  public String submitted(@RequestBody String note) throws Exception {
    Future<?> export = exportPool.submit(() -> provider.forceFlush().join(5, TimeUnit.SECONDS));
    export.get(6, TimeUnit.SECONDS); // tracelint-expect: BlockingIngestOnRequestPath
    return "ok";
  }

  @PostMapping("/feedback/scored")
  public String scored(@RequestBody String note) {
    CompletableFuture.runAsync(() -> {
      note.strip();
      drain();
    }, exportPool).join(); // tracelint-expect: BlockingIngestOnRequestPath
    return "scored";
  }

  @PostMapping("/feedback")
  public String fireAndForget(@RequestBody String note) {
    CompletableFuture.runAsync(this::drain, exportPool);
    return "queued " + note.length();
  }

  @PostMapping("/feedback/graded")
  public double graded(@RequestBody String note) throws Exception {
    Future<Double> grade = exportPool.submit(() -> note.strip().length() / 10.0);
    exportPool.submit(this::drain);
    return grade.get(2, TimeUnit.SECONDS);
  }

  @PostMapping("/feedback/requested")
  public String requested(@RequestBody String note) {
    CompletableFuture.runAsync(provider::forceFlush, exportPool).join();
    CompletableFuture.runAsync(() -> provider.forceFlush(), exportPool).join();
    return "requested";
  }

  @Scheduled(fixedDelay = 30_000)
  public void exportEveryHalfMinute() throws Exception {
    CompletableFuture.runAsync(this::drain, exportPool).get(20, TimeUnit.SECONDS);
  }

  private void drain() {
    provider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
