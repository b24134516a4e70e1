package corpus.exitbeforetraceflush;

import brave.Tracing;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.time.Duration;
import reactor.core.publisher.Flux;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

/**
 * Reactor-based command line tools that replay recorded agent conversations against a model: the pipeline is
 * blocked on until done, then the telemetry is closed, and only then does the tool exit.
 */
public class RealisticAsyncReactorCliMain {
  interface Replayer {
    Flux<String> replay(String conversationFile);
  }

  public static class OtelReplay {
    public static void main(String[] args) {
      try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder().build())
          .build()) {
        long replayed = Flux.fromArray(args)
            .flatMap(replayer()::replay, 4)
            .count()
            .block(Duration.ofMinutes(30));
        System.out.println(replayed + " turns replayed");
      }
    }
  }

  public static class ZipkinReplay {
    public static void main(String[] args) {
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender());
      Tracing tracing = Tracing.newBuilder().localServiceName("replay").addSpanHandler(spanHandler).build();
      try {
        Flux.fromArray(args).concatMap(replayer()::replay).blockLast(Duration.ofMinutes(30));
      } finally {
        tracing.close();
        spanHandler.close();
      }
    }
  }

  /** Exits early without closing the handler; and if the replay throws, neither Tracing nor the handler is closed. */
  public static class ZipkinReplayExitingEarly {
    public static void main(String[] args) { // tracelint-expect: ExitBeforeTraceFlush -- Brave tracing 'tracing'
      AsyncZipkinSpanHandler spanHandler = AsyncZipkinSpanHandler.create(sender());
      Tracing tracing = Tracing.newBuilder().localServiceName("replay").addSpanHandler(spanHandler).build();
      Long turns = Flux.fromArray(args).concatMap(replayer()::replay).count().block();
      tracing.close();
      if (turns == null || turns == 0) {
        System.exit(3); // tracelint-expect: ExitBeforeTraceFlush
      }
      spanHandler.close();
    }
  }

  static Replayer replayer() {
    return file -> Flux.just(file);
  }

  static BytesMessageSender sender() {
    throw new UnsupportedOperationException("configured per environment");
  }
}
