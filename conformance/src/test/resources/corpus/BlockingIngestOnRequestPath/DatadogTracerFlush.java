package corpus.blockingingestonrequestpath;

import datadog.trace.api.GlobalTracer;
import datadog.trace.api.internal.InternalTracer;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Datadog: the tracer's flush() waits until the writer has sent every finished trace, flushMetrics() until the metrics
 * report is sent (up to 2.5 s). Both block the request thread; the same calls in a non-handler method do not count.
 */
@RestController
class DatadogTracerFlush {
  private final InternalTracer tracer = (InternalTracer) GlobalTracer.get();

  @PostMapping("/traces/flush")
  void flushTraces() {
    tracer.flush(); // tracelint-expect: BlockingIngestOnRequestPath -- tracer.flush() blocks request handler 'flushTraces' until telemetry is sent
  }

  @PostMapping("/metrics/flush")
  void flushMetrics() {
    tracer.flushMetrics(); // tracelint-expect: BlockingIngestOnRequestPath -- tracer.flushMetrics() blocks request handler 'flushMetrics'
  }

  void flushOnShutdown() {
    tracer.flush();
    tracer.flushMetrics();
  }
}
