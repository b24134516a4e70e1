package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Helpers of the handler's class are followed (their summaries) six calls deep and reported at the handler's call:
 * private and final ones, public and protected ones called on this as written, and a private one called on another
 * instance of the class (the same code runs). Deeper chains, a helper a subclass in the unit overrides, and an
 * overridable helper called on another instance are not followed; a recursive helper ends the walk.
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
  String flagsPublicHelperOfTheHandlerClass() {
    flushForSubclasses(); // tracelint-expect: BlockingIngestOnRequestPath -- flushForSubclasses() reaches tracerProvider.close(), which blocks request handler 'flagsPublicHelperOfTheHandlerClass'
    return "";
  }

  @PostMapping("/delegate")
  String flagsPrivateHelperOnAnotherInstanceOfTheClass() {
    delegate.publishTrace(); // tracelint-expect: BlockingIngestOnRequestPath -- publishTrace() reaches tracerProvider.forceFlush().join()
    return "";
  }

  @PostMapping("/chain")
  String flagsHelperChainFourDeep() {
    level1(); // tracelint-expect: BlockingIngestOnRequestPath -- level1() reaches tracerProvider.close()
    return "";
  }

  @PostMapping("/too-deep")
  String acceptsChainDeeperThanTheBound() {
    deep1();
    return "";
  }

  @PostMapping("/delegate-overridable")
  String acceptsOverridableHelperOnAnotherInstance() {
    delegate.flushForSubclasses();
    return "";
  }

  @PostMapping("/recursive")
  String acceptsRecursiveHelperThatNeverBlocks() {
    retry();
    return "";
  }

  @PostMapping("/overridden")
  String acceptsHelperASubclassInTheUnitOverrides() {
    exportHook();
    return "";
  }

  protected void exportHook() {
    tracerProvider.close();
  }

  private void deep1() {
    deep2();
  }

  private void deep2() {
    deep3();
  }

  private void deep3() {
    deep4();
  }

  private void deep4() {
    deep5();
  }

  private void deep5() {
    deep6();
  }

  private void deep6() {
    deep7();
  }

  private void deep7() {
    tracerProvider.close();
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

/** A subclass in the same file overrides the hook: which one runs is not known, so it is not followed. */
@RestController
class QuietPrivateHelpers extends PrivateHelpers {
  @Override
  protected void exportHook() {}
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
