package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A library's generic value class whose field has a type variable for its type ({@code V value} of Kafka's
 * {@code ConsumerRecord<K, V>}): its no-argument method of the field's name ({@code record.value()},
 * {@code record.key()}) returns that field whatever the type arguments, so read between the start and the {@code try}
 * it cannot throw, as for a field of a plain type. Flagged: a call on what such an accessor returns
 * ({@code record.headers().lastHeader(..)}, an interface's method), and a call that computes with the value before
 * the {@code try}. Without types the
 * library's class is not known, so its accessor counts as a call that may throw.
 */
class GenericFieldAccessorsBeforeTry {
  private final Tracer tracer;

  GenericFieldAccessorsBeforeTry(Tracer tracer) {
    this.tracer = tracer;
  }

  void acceptsATombstoneCheckOnTheGenericValue(ConsumerRecord<String, String> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    if (record.value() == null) {
      span.end();
      return;
    }
    try {
      work.run();
    } finally {
      span.end();
    }
  }

  void acceptsTheGenericKeyRecordedBeforeTheTry(ConsumerRecord<Long, byte[]> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("messaging.kafka.message.key", String.valueOf(record.key()));
    try {
      work.run();
    } finally {
      span.end();
    }
  }

  void acceptsAccessorsOfPlainFieldsBeforeTheTry(ConsumerRecord<String, String> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan(); // tracelint-expect-without-types: UnclosedTrace
    span.setAttribute("messaging.destination.name", record.topic());
    span.setAttribute("messaging.kafka.offset", record.offset());
    try {
      work.run();
    } finally {
      span.end();
    }
  }

  void acceptsTheValueReadInsideTheTry(ConsumerRecord<String, String> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan();
    try {
      if (record.value() != null) {
        work.run();
      }
    } finally {
      span.end();
    }
  }

  void flagsAHeaderLookedUpBeforeTheTry(ConsumerRecord<String, String> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("traceparent.present", record.headers().lastHeader("traceparent") != null);
    try {
      work.run();
    } finally {
      span.end();
    }
  }

  void flagsAComputationOnTheGenericValue(ConsumerRecord<String, String> record, Runnable work) {
    Span span = tracer.spanBuilder("process").startSpan(); // tracelint-expect: UnclosedTrace
    span.setAttribute("payload.size", Integer.parseInt(record.value()));
    try {
      work.run();
    } finally {
      span.end();
    }
  }
}
