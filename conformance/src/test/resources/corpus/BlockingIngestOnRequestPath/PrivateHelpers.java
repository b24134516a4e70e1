package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Private and final helpers, and any method of a final class, are followed three calls deep and reported at the
 * handler's call; public non-final helpers, helpers on another instance and deeper chains are not followed, and a
 * recursive helper ends the walk.
 */
@RestController
class PrivateHelpers {
  private SdkTracerProvider tracerProvider;
  private PrivateHelpers delegate;

  @PostMapping("/run")
  String run() {
    prepare();
    publishTrace(); // tracelint-expect: BlockingIngestOnRequestPath -- publishTrace() reaches tracerProvider.forceFlush().join(), which blocks request handler 'run' until telemetry is sent
    return "done";
  }

  @PostMapping("/audit")
  String audit() {
    this.finish(); // tracelint-expect: BlockingIngestOnRequestPath -- finish() reaches tracerProvider.close(), which blocks request handler 'audit' until telemetry is sent
    return "audited";
  }

  @PostMapping("/overridable")
  String overridable() {
    flushForSubclasses();
    delegate.publishTrace();
    level1();
    retry();
    return "";
  }

  private void prepare() {}

  private void publishTrace() {
    tracerProvider.forceFlush().join(3, TimeUnit.SECONDS);
  }

  final void finish() {
    record();
  }

  private void record() {
    closeProvider();
  }

  private void closeProvider() {
    tracerProvider.close();
  }

  public void flushForSubclasses() {
    tracerProvider.close();
  }

  private void level1() {
    level2();
  }

  private void level2() {
    level3();
  }

  private void level3() {
    level4();
  }

  private void level4() {
    tracerProvider.close();
  }

  private void retry() {
    retry();
  }
}

/** No subclass can override a method of a final class: a public one is followed too. */
@RestController
final class FinalClassHelpers {
  private List<SdkTracerProvider> tenantProviders;

  @PostMapping("/tenants/flush-all")
  void flagsCallIntoPublicMethodOfFinalClass() {
    flushAll(); // tracelint-expect: BlockingIngestOnRequestPath -- flushAll() reaches provider.forceFlush().join(), which blocks request handler 'flagsCallIntoPublicMethodOfFinalClass' until telemetry is sent
  }

  public void flushAll() {
    tenantProviders.forEach(provider -> provider.forceFlush().join(1, TimeUnit.SECONDS));
  }
}
