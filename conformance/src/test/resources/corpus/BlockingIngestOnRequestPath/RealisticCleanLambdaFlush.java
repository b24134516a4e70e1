package corpus.blockingingestonrequestpath;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.sentry.Sentry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Lambda functions must flush before they return: the environment is frozen afterwards (not a request path). */
public class RealisticCleanLambdaFlush implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();
  private static final Tracer TRACER = SDK.getTracer("summariser");

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    Span span = TRACER.spanBuilder("summarise").startSpan();
    try {
      span.setAttribute("faas.invocation_id", context.getAwsRequestId());
      return "summarised " + event.getOrDefault("documentId", "?");
    } finally {
      span.end();
      long budget = Math.min(5_000, Math.max(0, context.getRemainingTimeInMillis() - 500));
      SDK.getSdkTracerProvider().forceFlush().join(budget, TimeUnit.MILLISECONDS);
    }
  }

  /** A second function reporting errors to Sentry, which must be drained before the freeze as well. */
  public static class SentryReportingFunction implements RequestHandler<Map<String, String>, Integer> {
    @Override
    public Integer handleRequest(Map<String, String> event, Context context) {
      try {
        return Integer.parseInt(event.getOrDefault("count", "0"));
      } catch (NumberFormatException e) {
        Sentry.captureException(e);
        return -1;
      } finally {
        Sentry.flush(Duration.ofSeconds(2).toMillis());
      }
    }
  }
}
