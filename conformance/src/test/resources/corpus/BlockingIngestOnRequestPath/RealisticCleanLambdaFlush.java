package corpus.blockingingestonrequestpath;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A Lambda function must flush before it returns: the environment is frozen afterwards. */
public class RealisticCleanLambdaFlush implements RequestHandler<Map<String, String>, String> {
  private static final OpenTelemetrySdk SDK = OpenTelemetrySdk.builder().build();

  @Override
  public String handleRequest(Map<String, String> event, Context context) {
    try {
      return "summarised " + event.getOrDefault("documentId", "?");
    } finally {
      SDK.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }
  }
}
