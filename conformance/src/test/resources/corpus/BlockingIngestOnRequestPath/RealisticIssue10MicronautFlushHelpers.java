package corpus.blockingingestonrequestpath;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;

/** A Micronaut controller for batch evaluations with its flush logic in a final class of the same file. */
@Controller("/batches")
public class RealisticIssue10MicronautFlushHelpers {
  private final Issue10BatchTelemetry telemetry;

  RealisticIssue10MicronautFlushHelpers(Issue10BatchTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Post("/submit")
  public String submit(@Body String batch) {
    telemetry.beforeAnswer(); // tracelint-expect: BlockingIngestOnRequestPath
    return "accepted:" + batch.length();
  }

  @Post("/submit-async")
  public String submitAsync(@Body String batch) {
    telemetry.requestOnly();
    return "accepted:" + batch.length();
  }
}

final class Issue10BatchTelemetry {
  private final SdkTracerProvider tracerProvider;

  Issue10BatchTelemetry(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  void beforeAnswer() {
    CompletableResultCode result = tracerProvider.forceFlush();
    result.join(3, TimeUnit.SECONDS);
  }

  void requestOnly() {
    tracerProvider.forceFlush();
  }
}
