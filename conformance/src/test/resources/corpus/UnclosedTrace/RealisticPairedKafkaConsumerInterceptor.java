package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.Tracing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A Kafka consumer interceptor with Brave: {@code onConsume} starts one span per polled record and keeps them until
 * the offsets are committed; {@code onCommit} finishes them, {@code close} abandons what was never committed.
 */
public class RealisticPairedKafkaConsumerInterceptor implements ConsumerInterceptor<String, String> {
  private final List<Span> uncommitted = new ArrayList<>();
  private Tracer tracer;

  @Override
  public void configure(Map<String, ?> configs) {
    tracer = Tracing.currentTracer();
  }

  @Override
  public ConsumerRecords<String, String> onConsume(ConsumerRecords<String, String> records) {
    if (tracer == null) {
      return records;
    }
    for (ConsumerRecord<String, String> record : records) {
      Span span = tracer.nextSpan()
          .name("poll " + record.topic())
          .kind(Span.Kind.CONSUMER)
          .tag("kafka.partition", String.valueOf(record.partition()));
      span.start();
      synchronized (uncommitted) {
        uncommitted.add(span);
      }
    }
    return records;
  }

  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    synchronized (uncommitted) {
      for (Span span : uncommitted) {
        span.tag("kafka.commit.partitions", String.valueOf(offsets.size()));
        span.finish();
      }
      uncommitted.clear();
    }
  }

  @Override
  public void close() {
    synchronized (uncommitted) {
      uncommitted.forEach(Span::abandon);
      uncommitted.clear();
    }
  }
}
