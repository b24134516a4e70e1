package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing the application's MeterRegistry publishes a last time and stops its metrics, also through a local that
 * aliases it; a scratch SimpleMeterRegistry that a handler creates exports nothing, whether the local that holds it is
 * declared as a MeterRegistry, as a SimpleMeterRegistry or with var.
 */
@RestController
class MicrometerRegistries {
  private final MeterRegistry registry;

  MicrometerRegistries(MeterRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/self-test")
  String selfTest() {
    MeterRegistry scratch = new SimpleMeterRegistry();
    try {
      scratch.counter("self.test").increment();
      return "counted";
    } finally {
      scratch.close();
    }
  }

  @GetMapping("/self-test/simple")
  String acceptsCloseOfLocalDeclaredAsSimpleMeterRegistry() {
    SimpleMeterRegistry scratch = new SimpleMeterRegistry();
    scratch.close();
    return "ok";
  }

  @GetMapping("/self-test/var")
  String acceptsCloseOfScratchRegistryHeldInVar() {
    var scratch = new SimpleMeterRegistry();
    scratch.close();
    return "ok";
  }

  @PostMapping("/metrics/stop")
  String stopMetrics() {
    registry.close(); // tracelint-expect: BlockingIngestOnRequestPath -- registry.close() blocks request handler 'stopMetrics' until telemetry is sent
    return "stopped";
  }

  @PostMapping("/metrics/stop-current")
  String flagsCloseOfApplicationRegistryThroughALocal() {
    MeterRegistry current = registry;
    current.close(); // tracelint-expect: BlockingIngestOnRequestPath -- current.close() blocks request handler 'flagsCloseOfApplicationRegistryThroughALocal' until telemetry is sent
    return "stopped";
  }
}
