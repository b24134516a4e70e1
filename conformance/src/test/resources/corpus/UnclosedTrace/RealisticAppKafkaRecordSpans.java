package corpus.unclosedtrace;

import brave.Span;
import brave.Tracer;
import brave.Tracing;
import brave.propagation.TraceContextOrSamplingFlags;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;

/** A Kafka consumer of agent tasks, traced with Brave: one consumer span per record. */
public class RealisticAppKafkaRecordSpans {
  interface TaskRunner {
    void run(String task);
  }

  private final Tracing tracing;
  private final Tracer tracer;
  private final TaskRunner runner;

  public RealisticAppKafkaRecordSpans(Tracing tracing, TaskRunner runner) {
    this.tracing = tracing;
    this.tracer = tracing.tracer();
    this.runner = runner;
  }

  @KafkaListener(topics = "agent-tasks", groupId = "agents")
  public void onTask(ConsumerRecord<String, String> record) {
    Span span = tracer.nextSpan().name("agent-tasks receive").kind(Span.Kind.CONSUMER).start();
    try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
      span.tag("messaging.kafka.partition", Integer.toString(record.partition()));
      runner.run(record.value());
    } catch (RuntimeException | Error e) {
      span.error(e);
      throw e;
    } finally {
      span.finish();
    }
  }

  /** Batch listener: a record without a task type is skipped, and the skip comes after the span started. */
  @KafkaListener(topics = "agent-tasks-batch", groupId = "agents", batch = "true")
  public void onTasks(List<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      Span span = tracer.nextSpan().name("agent-tasks process").start(); // tracelint-expect: UnclosedTrace -- span 'span'
      Header type = record.headers().lastHeader("task-type");
      if (type == null) {
        continue;
      }
      try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
        span.tag("task.type", new String(type.value(), StandardCharsets.UTF_8));
        runner.run(record.value());
      } finally {
        span.finish();
      }
    }
  }

  /** The same batch, skipping before the span starts. */
  @KafkaListener(topics = "agent-tasks-batch-v2", groupId = "agents", batch = "true")
  public void onTasksSkippingFirst(List<ConsumerRecord<String, String>> records) {
    for (ConsumerRecord<String, String> record : records) {
      Header type = record.headers().lastHeader("task-type");
      if (type == null) {
        continue;
      }
      Span span = tracer.nextSpan().name("agent-tasks process").start();
      try (Tracer.SpanInScope ws = tracer.withSpanInScope(span)) {
        runner.run(record.value());
      } finally {
        span.finish();
      }
    }
  }

  /** Continues the producer's trace from the record headers; the span is abandoned when the record is a duplicate. */
  public void onTaskWithParent(ConsumerRecord<String, String> record, boolean duplicate) {
    TraceContextOrSamplingFlags extracted = TraceContextOrSamplingFlags.EMPTY;
    Span span = tracer.nextSpan(extracted).name("agent-tasks receive").start();
    try {
      if (duplicate) {
        span.tag("task.duplicate", "true");
        span.abandon();
        return;
      }
      runner.run(record.value());
    } finally {
      span.finish();
    }
  }
}
