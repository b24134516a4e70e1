package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A flush behind a bean of the application: a field declared with a @Service, @Component or @Repository class of the
 * same file runs that class's method, so the handler's call reaches what the bean's method reaches. A bean declared in
 * another file is unknown to the engines that see one file at a time, so to every engine; an interface, a method the
 * bean runs @Async, and a non-final class that is no bean are not followed.
 */
@RestController
class InjectedBeans {
  private final TraceFlushService flushService;
  @Autowired private AuditTrail auditTrail;
  @Autowired private SpanStore spanStore;
  private final TelemetryExportService exportServiceInAnotherFile;
  private final TraceSink sink;
  private final ExportScheduler scheduler;
  private final PlainExporter plainExporter;

  InjectedBeans(TraceFlushService flushService, TelemetryExportService exportServiceInAnotherFile, TraceSink sink,
      ExportScheduler scheduler, PlainExporter plainExporter) {
    this.flushService = flushService;
    this.exportServiceInAnotherFile = exportServiceInAnotherFile;
    this.sink = sink;
    this.scheduler = scheduler;
    this.plainExporter = plainExporter;
  }

  @PostMapping("/orders")
  String flagsConstructorInjectedServiceWhoseMethodWaits() {
    flushService.flushNow(); // tracelint-expect: BlockingIngestOnRequestPath -- flushNow() reaches provider.forceFlush().join(), which blocks request handler 'flagsConstructorInjectedServiceWhoseMethodWaits'
    return "ok";
  }

  @PostMapping("/audit")
  String flagsFieldInjectedComponentThroughItsOwnHelper() {
    this.auditTrail.record("order"); // tracelint-expect: BlockingIngestOnRequestPath -- record() reaches Sentry.flush()
    return "ok";
  }

  @PostMapping("/spans")
  String flagsRepositoryMethod() {
    spanStore.persist(); // tracelint-expect: BlockingIngestOnRequestPath -- persist() reaches provider.close()
    return "ok";
  }

  @PostMapping("/requested")
  String acceptsServiceMethodThatOnlyRequestsAFlush() {
    flushService.requestFlush();
    return "ok";
  }

  @PostMapping("/elsewhere")
  String acceptsServiceDeclaredInAnotherFile() {
    exportServiceInAnotherFile.exportAndWait();
    return "ok";
  }

  @PostMapping("/interface")
  String acceptsCallThroughAnInterface() {
    sink.drain();
    return "ok";
  }

  @PostMapping("/async")
  String acceptsAsyncBeanMethod() {
    scheduler.flushLater();
    return "ok";
  }

  @PostMapping("/plain")
  String acceptsOverridableMethodOfAClassThatIsNoBean() {
    plainExporter.export();
    return "ok";
  }
}

@Service
class TraceFlushService {
  private SdkTracerProvider provider;

  public void flushNow() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }

  public void requestFlush() {
    provider.forceFlush();
  }
}

@Component
class AuditTrail {
  void record(String event) {
    Sentry.captureMessage(event);
    drain();
  }

  protected void drain() {
    Sentry.flush(2000);
  }
}

@Repository
class SpanStore {
  private SdkTracerProvider provider;

  void persist() {
    provider.close();
  }
}

interface TraceSink {
  void drain();
}

@Service
class FlushingTraceSink implements TraceSink {
  private SdkTracerProvider provider;

  @Override
  public void drain() {
    provider.close();
  }
}

@Service
class ExportScheduler {
  private SdkTracerProvider provider;

  @Async
  public void flushLater() {
    provider.forceFlush().join(5, TimeUnit.SECONDS);
  }
}

class PlainExporter {
  private SdkTracerProvider provider;

  public void export() {
    provider.close();
  }
}
