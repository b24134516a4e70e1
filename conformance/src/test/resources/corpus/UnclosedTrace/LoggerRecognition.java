package corpus.unclosedtrace;

import corpus.unclosedtrace.sdk.AuditLog;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.Map;
import org.slf4j.MDC;

/**
 * Which calls between the start and the try count as logging, judged on the written shape so that every engine agrees
 * with or without types: a receiver named like a logger, whatever its type, and the catalogue's MDC calls. A log-like
 * call on another receiver, or an MDC call outside the catalogue, can throw.
 */
public class LoggerRecognition {
  interface Audit {
    void info(String event);
  }

  private final Tracer tracer;
  private final AuditLog log;

  public LoggerRecognition(Tracer tracer, AuditLog log) {
    this.tracer = tracer;
    this.log = log;
  }

  public void flagsLogLikeCallOnAReceiverNotNamedAsALogger(Audit audit) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    audit.info("step started");
    try {
      work();
    } finally {
      span.end();
    }
  }

  public void acceptsAFieldNamedLikeALoggerWhateverItsType() {
    Span span = tracer.spanBuilder("step").startSpan();
    log.info("input received");
    try {
      work();
    } finally {
      span.end();
    }
  }

  public void acceptsMdcPutBeforeTheTry(String user) {
    Span span = tracer.spanBuilder("step").startSpan();
    MDC.put("user", user);
    try (Scope scope = span.makeCurrent()) {
      work();
    } finally {
      span.end();
      MDC.remove("user");
    }
  }

  public void flagsMdcCallOutsideTheCatalogue(Map<String, String> context) {
    Span span = tracer.spanBuilder("step").startSpan(); // tracelint-expect: UnclosedTrace -- span 'span' is not ended on every path
    MDC.setContextMap(context);
    try {
      work();
    } finally {
      span.end();
    }
  }

  private void work() {}
}
