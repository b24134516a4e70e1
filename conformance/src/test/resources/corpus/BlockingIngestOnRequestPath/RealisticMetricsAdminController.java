package corpus.blockingingestonrequestpath;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admin endpoints of a metrics-heavy service. */
@RestController
public class RealisticMetricsAdminController {
  private final MeterRegistry registry;

  RealisticMetricsAdminController(MeterRegistry registry) {
    this.registry = registry;
  }

  @PostMapping("/admin/metrics/preview")
  public String preview() {
    MeterRegistry scratch = new SimpleMeterRegistry();
    try {
      scratch.counter("preview.calls").increment();
      return String.valueOf(scratch.getMeters().size());
    } finally {
      scratch.close();
    }
  }

  @PostMapping("/admin/metrics/count")
  public double count() {
    return registry.counter("admin.calls").count();
  }

  @PostMapping("/admin/metrics/shutdown")
  public String shutdown() {
    registry.clear();
    registry.close(); // tracelint-expect: BlockingIngestOnRequestPath
    return "metrics stopped";
  }
}
