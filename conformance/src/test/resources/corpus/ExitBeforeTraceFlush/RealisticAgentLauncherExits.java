package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.boot.SpringApplication;

/** Launchers of an agent platform: a Spring Boot app, and a plain worker with its own provider. */
public class RealisticAgentLauncherExits {
  static SpanExporter exporter() {
    return SpanExporter.composite();
  }

  /** Spring Boot owns the beans' lifecycle; the exit code comes from the context. */
  public static class PlatformApp {
    public static void main(String[] args) {
      SdkTracerProvider bootstrap = SdkTracerProvider.builder().build();
      bootstrap.get("bootstrap").spanBuilder("boot").startSpan().end();
      System.exit(SpringApplication.exit(SpringApplication.run(PlatformApp.class, args)));
    }
  }

  /** Exits through Runtime.exit once its queue is drained, with the processor's last batch pending. */
  public static class DrainWorker {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    public static void main(String[] args) {
      for (String task : args) {
        PROVIDER.get("drain").spanBuilder("task").setAttribute("task", task).startSpan().end();
      }
      Runtime.getRuntime().exit(0); // tracelint-expect: ExitBeforeTraceFlush -- 'PROVIDER'
    }
  }

  /** Drained, closed, then exits. */
  public static class DrainWorkerClosing {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder()
        .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
        .build();

    public static void main(String[] args) {
      try {
        for (String task : args) {
          PROVIDER.get("drain").spanBuilder("task").setAttribute("task", task).startSpan().end();
        }
      } finally {
        PROVIDER.close();
      }
      Runtime.getRuntime().exit(0);
    }
  }
}
