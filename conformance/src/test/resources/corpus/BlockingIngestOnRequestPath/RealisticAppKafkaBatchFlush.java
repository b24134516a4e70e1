package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * An evaluation consumer: each batch of scored examples is exported before the offsets are committed, so a
 * crash never loses the traces of committed work. No user request waits here: not this rule's business.
 */
@Component
public class RealisticAppKafkaBatchFlush {
  interface Scorer {
    double score(String example);
  }

  private final Tracer tracer;
  private final SdkTracerProvider tracerProvider;
  private final Scorer scorer;

  public RealisticAppKafkaBatchFlush(Tracer tracer, SdkTracerProvider tracerProvider, Scorer scorer) {
    this.tracer = tracer;
    this.tracerProvider = tracerProvider;
    this.scorer = scorer;
  }

  @KafkaListener(topics = "eval-examples", batch = "true")
  public void onBatch(List<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      Span span = tracer.spanBuilder("eval.score").startSpan();
      try {
        span.setAttribute("eval.score", scorer.score(record.value()));
      } finally {
        span.end();
      }
    }
    flushBeforeCommit();
  }

  private void flushBeforeCommit() {
    tracerProvider.forceFlush().join(10, TimeUnit.SECONDS);
  }
}
