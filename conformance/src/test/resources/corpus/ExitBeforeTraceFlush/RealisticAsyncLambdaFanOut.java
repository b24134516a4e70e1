package corpus.exitbeforetraceflush;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Lambda functions that fan a batch of prompts out asynchronously: the environment freezes once handleRequest
 * returns, so each waits for its futures and then for the flush, bounded; a flush with only a callback waits for
 * nothing.
 */
public class RealisticAsyncLambdaFanOut {
  interface AsyncModel {
    CompletableFuture<String> complete(String prompt);
  }

  static AsyncModel model() {
    return prompt -> CompletableFuture.completedFuture(prompt);
  }

  public static class WaitsForTheFlush implements RequestHandler<List<String>, Integer> {
    private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().build())
        .build();

    @Override
    public Integer handleRequest(List<String> prompts, Context context) {
      try {
        CompletableFuture<?>[] answers = prompts.stream().map(model()::complete).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(answers).orTimeout(60, TimeUnit.SECONDS).join();
        return answers.length;
      } finally {
        SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
      }
    }
  }

  public static class CallbackOnlyFlush implements RequestHandler<List<String>, Integer> {
    private static final SdkTracerProvider PROVIDER = SdkTracerProvider.builder().build();

    @Override
    public Integer handleRequest(List<String> prompts, Context context) { // tracelint-expect: ExitBeforeTraceFlush
      CompletableFuture<?>[] answers = prompts.stream().map(model()::complete).toArray(CompletableFuture[]::new);
      CompletableFuture.allOf(answers).join();
      CompletableResultCode flushed = PROVIDER.forceFlush();
      flushed.whenComplete(() -> context.getLogger().log("flushed: " + flushed.isSuccess()));
      return answers.length;
    }
  }
}
