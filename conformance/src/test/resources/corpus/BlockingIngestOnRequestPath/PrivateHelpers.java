package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Private and final helpers are followed three calls deep and reported at the handler's call; public non-final
 * helpers, helpers on another instance and deeper chains are not followed.
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
}
