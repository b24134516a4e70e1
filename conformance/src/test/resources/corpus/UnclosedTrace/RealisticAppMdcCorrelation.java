package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * A job runner that writes the trace id into the logging context (MDC) right after starting the span, so that every
 * log line of the job carries it, and removes it when the span ends.
 */
public class RealisticAppMdcCorrelation {
  private static final Logger log = LoggerFactory.getLogger(RealisticAppMdcCorrelation.class);

  interface Job {
    void run(String input);
  }

  private final Tracer tracer;

  public RealisticAppMdcCorrelation(Tracer tracer) {
    this.tracer = tracer;
  }

  public void runJob(String name, Job job, String input) {
    Span span = tracer.spanBuilder("job " + name).startSpan();
    SpanContext context = span.getSpanContext();
    MDC.put("trace_id", context.getTraceId());
    MDC.put("span_id", context.getSpanId());
    log.info("starting job {}", name);
    try (Scope scope = span.makeCurrent()) {
      job.run(input);
    } finally {
      span.end();
      MDC.remove("trace_id");
      MDC.remove("span_id");
    }
  }

  public void runJobWithCloseable(String name, Job job, String input) {
    Span span = tracer.spanBuilder("job " + name).startSpan();
    try (MDC.MDCCloseable traceId = MDC.putCloseable("trace_id", span.getSpanContext().getTraceId());
        Scope scope = span.makeCurrent()) {
      job.run(input);
    } finally {
      span.end();
    }
  }
}
