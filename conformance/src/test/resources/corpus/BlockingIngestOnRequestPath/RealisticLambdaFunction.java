package corpus.blockingingestonrequestpath;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Lambda function: it must flush before returning, the environment is frozen afterwards. */
public class RealisticLambdaFunction implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();

  interface Summarizer {
    String summarize(String text);
  }

  private final Summarizer summarizer = RealisticLambdaFunction::firstHundred;

  private static String firstHundred(String text) {
    return text.length() > 100 ? text.substring(0, 100) : text;
  }

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    try {
      return summarizer.summarize(event.getOrDefault("text", ""));
    } finally {
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }
  }
}
