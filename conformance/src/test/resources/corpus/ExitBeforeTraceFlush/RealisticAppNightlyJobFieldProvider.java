package corpus.exitbeforetraceflush;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A nightly usage-report job: the provider is a static field, closed by a helper on every way out. */
public class RealisticAppNightlyJobFieldProvider {
  record Config(LocalDate day, List<String> tenants, boolean dryRun) {
    static Config from(String[] args) {
      LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now().minusDays(1);
      return new Config(day, List.of("acme", "globex"), args.length > 1 && "--dry-run".equals(args[1]));
    }
  }

  private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
      .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
      .build();

  private static void closeTelemetry() {
    PROVIDER.shutdown().join(10, TimeUnit.SECONDS);
  }

  static long report(Tracer tracer, Config config, String tenant) {
    Span span = tracer.spanBuilder("usage.report").setAttribute("tenant", tenant).startSpan();
    try {
      String summary = """
          tenant: %s
          day: %s
          dry run: %b
          """.formatted(tenant, config.day(), config.dryRun());
      return summary.length();
    } finally {
      span.end();
    }
  }

  public static void main(String[] args) {
    Config config;
    try {
      config = Config.from(args);
    } catch (RuntimeException e) {
      System.err.println("bad arguments: " + e.getMessage());
      closeTelemetry();
      System.exit(64);
      return;
    }
    int failures = 0;
    try {
      Tracer tracer = PROVIDER.get("usage-report");
      for (String tenant : config.tenants()) {
        try {
          report(tracer, config, tenant);
        } catch (RuntimeException e) {
          failures++;
        }
      }
    } finally {
      closeTelemetry();
    }
    System.exit(failures == 0 ? 0 : 1);
  }
}
