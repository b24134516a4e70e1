package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * A spring-kafka {@link RecordInterceptor}: {@code intercept} starts the record's span and opens its scope on the
 * listener thread, {@code success} / {@code failure} record the outcome, and {@code afterRecord} (which the container
 * calls after every record) closes and ends them. The container calls all of them on one consumer thread.
 */
class RealisticPairedSpringKafkaRecordInterceptor implements RecordInterceptor<String, String> {
  private final Map<ConsumerRecord<String, String>, Span> spans = new HashMap<>();
  private final Map<ConsumerRecord<String, String>, Scope> scopes = new HashMap<>();
  private final Tracer tracer;

  RealisticPairedSpringKafkaRecordInterceptor(Tracer tracer) {
    this.tracer = tracer;
  }

  @Override
  public ConsumerRecord<String, String> intercept(
      ConsumerRecord<String, String> record, Consumer<String, String> consumer) {
    Span span = tracer.spanBuilder(record.topic() + " process")
        .setSpanKind(SpanKind.CONSUMER)
        .setAttribute("messaging.kafka.offset", record.offset())
        .startSpan();
    spans.put(record, span);
    scopes.put(record, span.makeCurrent());
    return record;
  }

  @Override
  public void success(ConsumerRecord<String, String> record, Consumer<String, String> consumer) {
    Span span = spans.get(record);
    if (span != null) {
      span.setStatus(StatusCode.OK);
    }
  }

  @Override
  public void failure(ConsumerRecord<String, String> record, Exception exception, Consumer<String, String> consumer) {
    Span span = spans.get(record);
    if (span != null) {
      span.recordException(exception);
      span.setStatus(StatusCode.ERROR);
    }
  }

  @Override
  public void afterRecord(ConsumerRecord<String, String> record, Consumer<String, String> consumer) {
    Scope scope = scopes.remove(record);
    if (scope != null) {
      scope.close();
    }
    Span span = spans.remove(record);
    if (span != null) {
      span.end();
    }
  }
}
