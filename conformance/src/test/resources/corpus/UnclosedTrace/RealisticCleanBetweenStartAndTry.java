package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.MDC;

/** What good teams write between a span's start and its try: clocks, ids, MDC entries. */
public class RealisticCleanBetweenStartAndTry {
  interface Work {
    String run(String input);
  }

  private final Tracer tracer;
  private final Work work;
  private final Clock clock;

  RealisticCleanBetweenStartAndTry(Tracer tracer, Work work, Clock clock) {
    this.tracer = tracer;
    this.work = work;
    this.clock = clock;
  }

  public String withInstant(String input) {
    Span span = tracer.spanBuilder("a").startSpan();
    Instant started = Instant.now();
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }

  public String withMillis(String input) {
    Span span = tracer.spanBuilder("b").startSpan();
    long started = System.currentTimeMillis();
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }

  public String withUuid(String input) {
    Span span = tracer.spanBuilder("c").startSpan();
    String requestId = UUID.randomUUID().toString();
    try {
      span.setAttribute("request.id", requestId);
      return work.run(input);
    } finally {
      span.end();
    }
  }

  public String withMdc(String input) {
    Span span = tracer.spanBuilder("d").startSpan();
    MDC.put("trace_id", span.getSpanContext().getTraceId());
    try {
      return work.run(input);
    } finally {
      MDC.remove("trace_id");
      span.end();
    }
  }

  public String withClock(String input) {
    Span span = tracer.spanBuilder("e").startSpan();
    Instant started = clock.instant();
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }

  public String withStringValueOf(String input, int attempt) {
    Span span = tracer.spanBuilder("f").startSpan();
    span.setAttribute("attempt", String.valueOf(attempt));
    try {
      return work.run(input);
    } finally {
      span.end();
    }
  }
}
