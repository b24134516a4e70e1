package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.CountDownLatch;

/** A server main: the SDK goes to the server, which owns it; a hook closes it when the process stops. */
public class RealisticCleanServerMain {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("configured by the deployment");
  }

  static final class Server {
    private final OpenTelemetrySdk sdk;

    Server(OpenTelemetrySdk sdk) {
      this.sdk = sdk;
    }

    void start() {
      sdk.getTracer("server").spanBuilder("start").startSpan().end();
    }

    void stop() {
      sdk.close();
    }
  }

  public static void main(String[] args) throws InterruptedException {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(exporter()).build())
            .build())
        .build();
    Server server = new Server(sdk);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }));
    server.start();
    stopped.await();
  }
}
