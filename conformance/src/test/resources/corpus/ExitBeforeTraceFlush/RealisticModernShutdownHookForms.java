package corpus.exitbeforetraceflush;

import brave.Tracing;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/**
 * Long-running workers that register shutdown hooks with method references and lambdas before they block, and a
 * Brave worker whose Zipkin handler is closed in the hook too; one worker's hook only asks for a shutdown.
 */
public class RealisticModernShutdownHookForms {
  static SpanExporter exporter() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  static BytesMessageSender sender() {
    throw new UnsupportedOperationException("provided by the deployment");
  }

  public static class OtelWorker {
    public static void main(String[] args) throws InterruptedException {
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "otel-shutdown"));
      var stop = new CountDownLatch(1);
      provider.get("worker").spanBuilder("worker.start").startSpan().end();
      if (args.length > 0 && "--once".equals(args[0])) {
        System.exit(0);
      }
      stop.await();
    }
  }

  public static class BraveWorker {
    public static void main(String[] args) throws InterruptedException {
      AsyncZipkinSpanHandler handler = AsyncZipkinSpanHandler.create(sender());
      Tracing tracing = Tracing.newBuilder().localServiceName("worker").addSpanHandler(handler).build();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    tracing.close();
                    handler.close();
                  }));
      tracing.tracer().nextSpan().name("boot").start().finish();
      Thread.currentThread().join();
    }
  }

  public static class HopefulWorker {
    public static void main(String[] args) {
      SdkTracerProvider provider =
          SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(exporter()).build()).build();
      Runtime.getRuntime().addShutdownHook(new Thread(provider::shutdown));
      provider.get("worker").spanBuilder("worker.once").startSpan().end();
      if (args.length == 0) {
        System.exit(2); // tracelint-expect: ExitBeforeTraceFlush -- tracer provider 'provider'
      }
      provider.forceFlush().join(5, TimeUnit.SECONDS);
    }
  }
}
