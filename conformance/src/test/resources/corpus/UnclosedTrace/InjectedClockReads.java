package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/** An injected java.time.Clock read between the start and the try is as harmless as Instant.now(). */
public class InjectedClockReads {
  interface Work {
    String run(String input);
  }

  private final Tracer tracer;
  private final Work work;
  private final Clock clock;
  private final Clock systemClock = Clock.systemUTC();

  InjectedClockReads(Tracer tracer, Work work, Clock clock) {
    this.tracer = tracer;
    this.work = work;
    this.clock = clock;
  }

  String acceptsInstantOfAnInjectedClock(String input) {
    Span span = tracer.spanBuilder("clock.instant").startSpan();
    Instant started = clock.instant();
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }

  String acceptsMillisOfAClockField(String input) {
    Span span = tracer.spanBuilder("clock.millis").startSpan();
    long started = systemClock.millis();
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }

  String flagsCheckThatThrowsAfterTheClockRead(String input) {
    Span span = tracer.spanBuilder("clock.then.check").startSpan(); // tracelint-expect: UnclosedTrace
    Instant started = clock.instant();
    Objects.requireNonNull(input, "input");
    try {
      return work.run(input) + started;
    } finally {
      span.end();
    }
  }
}
