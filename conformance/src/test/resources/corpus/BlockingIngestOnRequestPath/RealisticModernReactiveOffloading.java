package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A WebFlux-style controller that moves waits for the exporter off the request thread: into runAsync (beside the
 * response), or not waited at all. The handlers whose response waits are marked: in place through Optional#ifPresent
 * and forEach (they run the lambda at once), and a returned Mono.fromCallable on a bounded-elastic worker, whose
 * response still waits for the flush ("Schedulers do not change the verdict" on the docs page).
 */
@RestController
public class RealisticModernReactiveOffloading {
  record ExportStatus(boolean flushed) {}

  private final SdkTracerProvider provider;
  private final List<SdkTracerProvider> tenants;

  public RealisticModernReactiveOffloading(SdkTracerProvider provider, List<SdkTracerProvider> tenants) {
    this.provider = provider;
    this.tenants = List.copyOf(tenants);
  }

  @PostMapping("/export")
  public Mono<ExportStatus> export() {
    return Mono.fromCallable(() -> provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()) // tracelint-expect: BlockingIngestOnRequestPath
        .subscribeOn(Schedulers.boundedElastic())
        .map(ExportStatus::new)
        .timeout(Duration.ofSeconds(15));
  }

  @PostMapping("/export/later")
  public ExportStatus exportLater() {
    CompletableFuture.runAsync(() -> Sentry.flush(5_000));
    return new ExportStatus(false);
  }

  @GetMapping("/export/pending")
  public ExportStatus pending() {
    return new ExportStatus(provider.forceFlush().isDone());
  }

  @PostMapping("/export/tenant")
  public ExportStatus exportTenant(Optional<Integer> index) {
    index.map(tenants::get).ifPresent(p -> p.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
    return new ExportStatus(true);
  }

  @PostMapping("/export/all")
  public ExportStatus exportAll() {
    tenants.forEach(p -> p.forceFlush().join(5, TimeUnit.SECONDS)); // tracelint-expect: BlockingIngestOnRequestPath
    return new ExportStatus(true);
  }

  @ExceptionHandler(IllegalStateException.class)
  public ExportStatus failed(IllegalStateException e) {
    Sentry.captureException(e);
    return new ExportStatus(false);
  }
}
