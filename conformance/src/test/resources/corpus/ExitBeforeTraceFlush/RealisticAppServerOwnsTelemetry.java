package corpus.exitbeforetraceflush;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** An embedded agent server: main builds the SDK and gives it to the server, which closes it when it stops. */
public class RealisticAppServerOwnsTelemetry {
  static final class AgentServer implements AutoCloseable {
    private final OpenTelemetrySdk sdk;
    private final CountDownLatch stopped = new CountDownLatch(1);

    AgentServer(OpenTelemetrySdk sdk) {
      this.sdk = sdk;
    }

    void start(int port) {
      System.out.println("listening on " + port + " with " + sdk.getSdkTracerProvider());
    }

    void awaitTermination() throws InterruptedException {
      stopped.await();
    }

    @Override
    public void close() {
      stopped.countDown();
      sdk.getSdkTracerProvider().shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  public static void main(String[] args) throws InterruptedException {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder()
            .addSpanProcessor(BatchSpanProcessor.builder(SpanExporter.composite()).build())
            .build())
        .build();
    AgentServer server = new AgentServer(sdk);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "agent-server-stop"));
    server.start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    server.awaitTermination();
  }
}
