package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agent's admin endpoints share their telemetry chores through a small mixin interface whose default methods the
 * controller and a helper inherit. A default method a class of the file inherits, and does not redeclare, is the
 * code an unqualified call of it runs: a wait on the exporter there blocks the handler as if it were written inline.
 */
@RestController
class RealisticAgentTelemetryMixinDefaults implements AgentTelemetryChores {
  /** A helper of the same file that gets its waits from the mixin too. */
  static final class ExportAuditor implements AgentTelemetryChores {
    private final SdkTracerProvider tracerProvider;

    ExportAuditor(SdkTracerProvider tracerProvider) {
      this.tracerProvider = tracerProvider;
    }

    @Override
    public SdkTracerProvider provider() {
      return tracerProvider;
    }

    boolean auditNow() {
      return awaitExport(tracerProvider.forceFlush());
    }

    boolean auditLater() {
      return flushInBackground().isDone();
    }
  }

  private final SdkTracerProvider tracerProvider;

  RealisticAgentTelemetryMixinDefaults(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @Override
  public SdkTracerProvider provider() {
    return tracerProvider;
  }

  @PostMapping("/admin/agent/flush")
  public boolean flagsAnInheritedDefaultThatWaits() {
    return flushAndWait(); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/admin/agent/audit")
  public boolean flagsAHelperThatWaitsThroughTheMixin() {
    return new ExportAuditor(tracerProvider).auditNow(); // tracelint-expect: BlockingIngestOnRequestPath
  }

  @PostMapping("/admin/agent/flush-async")
  public boolean acceptsAnInheritedDefaultThatOnlyStartsTheFlush() {
    return flushInBackground().isDone();
  }

  @GetMapping("/admin/agent/describe")
  public String acceptsAnInheritedDefaultThatDoesNotTouchTheExporter() {
    return describe();
  }

  @PostMapping("/admin/agent/audit-later")
  public boolean acceptsAHelperThatOnlyStartsTheFlushThroughTheMixin() {
    return new ExportAuditor(tracerProvider).auditLater();
  }
}

/** The mixin: what every telemetry-aware class of the agent needs, and a few chores on top of it. */
interface AgentTelemetryChores {
  SdkTracerProvider provider();

  default boolean awaitExport(CompletableResultCode pending) {
    return pending.join(5, TimeUnit.SECONDS).isSuccess();
  }

  default boolean flushAndWait() {
    return provider().forceFlush().join(10, TimeUnit.SECONDS).isSuccess();
  }

  default CompletableResultCode flushInBackground() {
    return provider().forceFlush();
  }

  default String describe() {
    return "tracer provider " + provider();
  }
}
