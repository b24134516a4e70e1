package corpus.exitbeforetraceflush;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;

/**
 * A Spring Boot batch application: the runners get the OpenTelemetry instance from the context (the framework owns
 * the SDK and closes it on shutdown), and main hands the exit code to SpringApplication.exit.
 */
public class RealisticModernBootRunners {
  record ImportStats(int read, int written) {}

  static final class ImportRunner implements CommandLineRunner {
    private final OpenTelemetry otel;

    ImportRunner(OpenTelemetry otel) {
      this.otel = otel;
    }

    @Override
    public void run(String... args) {
      Span span = otel.getTracer("import").spanBuilder("import").startSpan();
      try {
        var stats = new ImportStats(args.length, args.length);
        span.setAttribute("written", stats.written());
      } finally {
        span.end();
      }
    }
  }

  static final class ReportRunner implements ApplicationRunner {
    private final OpenTelemetry otel;

    ReportRunner(OpenTelemetry otel) {
      this.otel = otel;
    }

    @Override
    public void run(ApplicationArguments args) {
      if (!args.containsOption("report")) {
        return;
      }
      otel.getTracer("report").spanBuilder("report").startSpan().end();
    }
  }

  public static class Application {
    public static void main(String[] args) {
      System.exit(SpringApplication.exit(SpringApplication.run(Application.class, args)));
    }
  }
}
