package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Batch jobs, queue workers and migrations as they are usually written. */
public class RealisticJobs {
  private static final Logger log = LoggerFactory.getLogger(RealisticJobs.class);

  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  static OpenTelemetrySdk openTelemetry(String serviceName) {
    throw new UnsupportedOperationException(serviceName);
  }

  /** A queue worker: drains the queue, closes the SDK after the loop, not in a finally. */
  public static class QueueWorker {
    private static final BlockingQueue<String> QUEUE = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws InterruptedException { // tracelint-expect: ExitBeforeTraceFlush
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .setResource(Resource.getDefault())
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).setScheduleDelay(Duration.ofSeconds(5)).build())
          .build();
      Tracer tracer = tracerProvider.get("worker");
      while (true) {
        String message = QUEUE.poll(1, TimeUnit.SECONDS);
        if (message == null) {
          break;
        }
        Span span = tracer.spanBuilder("handle").startSpan();
        try (Scope scope = span.makeCurrent()) {
          handle(message);
        } catch (RuntimeException e) {
          span.recordException(e);
          span.setStatus(StatusCode.ERROR);
        } finally {
          span.end();
        }
      }
      tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
    }

    static void handle(String message) {
      log.info("handled {}", message);
    }
  }

  /** Accepted: the same worker with the provider shut down in a finally, interrupt handled. */
  public static class QueueWorkerFixed {
    private static final BlockingQueue<String> QUEUE = new LinkedBlockingQueue<>();

    public static void main(String[] args) {
      SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
          .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
          .build();
      Tracer tracer = tracerProvider.get("worker");
      try {
        String message;
        while ((message = QUEUE.poll(1, TimeUnit.SECONDS)) != null) {
          Span span = tracer.spanBuilder("handle").startSpan();
          try {
            QueueWorker.handle(message);
          } finally {
            span.end();
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        tracerProvider.shutdown().join(10, TimeUnit.SECONDS);
      }
    }
  }

  /** A migration that exits non-zero on failure: its finally never runs on that path. */
  public static class Migration {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build())
          .build();
      Tracer tracer = sdk.getTracer("migration");
      try {
        migrate(tracer, args);
      } catch (Exception e) {
        log.error("migration failed", e);
        System.exit(1); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK 'sdk' is not flushed before System.exit()
      } finally {
        sdk.close();
      }
    }

    static void migrate(Tracer tracer, String[] args) throws Exception {
      Span span = tracer.spanBuilder("migrate").startSpan();
      try {
        if (args.length == 0) {
          throw new Exception("no migration given");
        }
      } finally {
        span.end();
      }
    }
  }

  /** Accepted: the failure path closes before it exits. */
  public static class MigrationFixed {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      int status = 0;
      try {
        Migration.migrate(sdk.getTracer("migration"), args);
      } catch (Exception e) {
        log.error("migration failed", e);
        status = 1;
      } finally {
        sdk.close();
      }
      System.exit(status);
    }
  }

  /** main delegates to an instance whose run() builds the SDK and keeps it to itself. */
  public static final class Exporter {
    private final String[] args;

    Exporter(String[] args) {
      this.args = args;
    }

    public static void main(String[] args) {
      System.exit(new Exporter(args).run()); // tracelint-expect: ExitBeforeTraceFlush -- OpenTelemetry SDK built by run()
    }

    int run() {
      OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
      Tracer tracer = sdk.getTracer("export");
      Span span = tracer.spanBuilder("export").startSpan();
      try {
        return args.length;
      } finally {
        span.end();
      }
    }
  }

  /** Accepted: the instance's run() closes what it built. */
  public static final class ExporterFixed {
    public static void main(String[] args) {
      System.exit(new ExporterFixed().run(args));
    }

    int run(String[] args) {
      try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build()) {
        Span span = sdk.getTracer("export").spanBuilder("export").startSpan();
        try {
          return args.length;
        } finally {
          span.end();
        }
      }
    }
  }

  /** Accepted: the SDK comes from a factory in another class, which owns its lifecycle. */
  public static class ConfiguredElsewhere {
    public static void main(String[] args) {
      OpenTelemetrySdk sdk = openTelemetry("report");
      Migration.main(args);
      System.exit(0);
    }
  }
}
