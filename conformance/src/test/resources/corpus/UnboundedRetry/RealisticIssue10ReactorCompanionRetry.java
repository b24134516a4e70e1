package corpus.unboundedretry;

import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/** Reactive span export with hand-written Reactor retry companions. */
public class RealisticIssue10ReactorCompanionRetry {
  interface OtlpExporter {
    Mono<Void> export(byte[] batch);
  }

  private final OtlpExporter exporter;

  RealisticIssue10ReactorCompanionRetry(OtlpExporter exporter) {
    this.exporter = exporter;
  }

  public Mono<Void> exportPatiently(byte[] batch) {
    return exporter.export(batch)
        .retryWhen(Retry.from(failures -> failures.delayElements(Duration.ofSeconds(2)))); // tracelint-expect: UnboundedRetry
  }

  public Mono<Void> exportFewTimes(byte[] batch) {
    return exporter.export(batch)
        .retryWhen(Retry.from(failures -> failures.take(3).delayElements(Duration.ofSeconds(2))));
  }

  public Mono<Void> exportWithBackoff(byte[] batch) {
    return exporter.export(batch).retryWhen(Retry.backoff(5, Duration.ofMillis(200)));
  }

  public Mono<Void> exportWithinWindow(byte[] batch) {
    return exporter.export(batch)
        .retryWhen(Retry.from(failures -> failures
            .concatMap(signal -> {
              if (signal.totalRetries() < 4) {
                return Mono.delay(Duration.ofSeconds(1));
              }
              return Mono.error(signal.failure());
            })));
  }

  public Flux<Long> heartbeat() {
    return Flux.interval(Duration.ofSeconds(30));
  }
}
