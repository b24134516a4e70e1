package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spring applies {@code @Async} through a proxy around the bean, and {@code @Scheduled} only tells the scheduler to
 * call the method too: a handler calling its own such method on {@code this} bypasses the proxy, so the method runs
 * inline and a wait on telemetry there holds the request, as in any other helper of the class. Through another bean
 * the {@code @Async} proxy runs it on an executor; Micronaut compiles its {@code @Async} advice into the bean's
 * subclass, which intercepts calls on {@code this} too.
 */
@RestController
class SelfInvokedAsyncAndScheduled {
  private final SdkTracerProvider tracing;
  private final ArchiveService archive;

  SelfInvokedAsyncAndScheduled(SdkTracerProvider tracing, ArchiveService archive) {
    this.tracing = tracing;
    this.archive = archive;
  }

  @PostMapping("/reports")
  String flagsOwnAsyncMethodCalledDirectly() {
    exportInBackground(); // tracelint-expect: BlockingIngestOnRequestPath -- exportInBackground() reaches tracing.forceFlush().join()
    return "queued";
  }

  @PostMapping("/reports/publish")
  String flagsOwnScheduledMethodCalledOnThis() {
    this.publishErrors(); // tracelint-expect: BlockingIngestOnRequestPath -- publishErrors() reaches Sentry.flush()
    return "published";
  }

  @PostMapping("/reports/archive")
  String acceptsAsyncMethodOfAnotherBean() {
    archive.compressAndExport();
    return "archiving";
  }

  @PostMapping("/reports/nudge")
  String acceptsOwnAsyncMethodThatOnlyRequestsAFlush() {
    nudgeExporter();
    return "nudged";
  }

  @Async
  public void exportInBackground() {
    tracing.forceFlush().join(30, TimeUnit.SECONDS);
  }

  @Scheduled(fixedRate = 30_000)
  public void publishErrors() {
    Sentry.flush(5_000);
  }

  @Async
  public void nudgeExporter() {
    tracing.forceFlush();
  }
}

@Service
class ArchiveService {
  private SdkTracerProvider tracing;

  @Async
  public void compressAndExport() {
    tracing.forceFlush().join(60, TimeUnit.SECONDS);
  }
}

@io.micronaut.http.annotation.Controller("/uploads")
class MicronautSelfAsyncUploads {
  private SdkTracerProvider tracing;

  @io.micronaut.http.annotation.Post
  String acceptsOwnMicronautAsyncMethod() {
    settleTelemetry();
    return "accepted";
  }

  @io.micronaut.scheduling.annotation.Async
  public void settleTelemetry() {
    tracing.forceFlush().join(30, TimeUnit.SECONDS);
  }
}
