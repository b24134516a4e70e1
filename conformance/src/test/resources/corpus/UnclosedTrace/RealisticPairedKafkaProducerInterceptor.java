package corpus.unclosedtrace;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.GlobalOpenTelemetry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * A Kafka producer interceptor: {@code onSend} starts a span per record and keeps it under a correlation id written
 * into the record's headers; {@code onAcknowledgement} (called for every record, sent or failed) finds it by that
 * header and ends it.
 */
public class RealisticPairedKafkaProducerInterceptor implements ProducerInterceptor<String, String> {
  private static final String CORRELATION = "x-trace-correlation";

  private final Map<String, Span> inFlight = new ConcurrentHashMap<>();
  private Tracer tracer = GlobalOpenTelemetry.getTracer("kafka-producer");

  @Override
  public void configure(Map<String, ?> configs) {
    Object name = configs.get("tracing.instrumentation.name");
    if (name != null) {
      tracer = GlobalOpenTelemetry.getTracer(name.toString());
    }
  }

  @Override
  public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
    String id = UUID.randomUUID().toString();
    Span span = tracer.spanBuilder(record.topic() + " publish")
        .setSpanKind(SpanKind.PRODUCER)
        .setAttribute("messaging.destination.name", record.topic())
        .startSpan();
    inFlight.put(id, span);
    record.headers().add(CORRELATION, id.getBytes(StandardCharsets.UTF_8));
    return record;
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception, Headers headers) {
    Header header = headers == null ? null : headers.lastHeader(CORRELATION);
    if (header == null) {
      return;
    }
    Span span = inFlight.remove(new String(header.value(), StandardCharsets.UTF_8));
    if (span == null) {
      return;
    }
    if (exception != null) {
      span.recordException(exception);
      span.setStatus(StatusCode.ERROR);
    } else if (metadata != null) {
      span.setAttribute("messaging.kafka.offset", metadata.offset());
    }
    span.end();
  }

  @Override
  public void close() {
    inFlight.values().forEach(Span::end);
    inFlight.clear();
  }
}
