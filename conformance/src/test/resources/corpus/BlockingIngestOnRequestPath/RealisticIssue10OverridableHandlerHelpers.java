package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.TimeUnit;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** A JAX-RS evaluation resource whose telemetry handling sits in non-private helpers. */
@Path("/evals")
public class RealisticIssue10OverridableHandlerHelpers {
  protected final SdkTracerProvider tracerProvider;

  public RealisticIssue10OverridableHandlerHelpers(SdkTracerProvider tracerProvider) {
    this.tracerProvider = tracerProvider;
  }

  @POST
  @Path("/run")
  public String run(String suite) {
    String verdict = "passed:" + suite;
    afterRun(suite); // tracelint-expect: BlockingIngestOnRequestPath
    return verdict;
  }

  @POST
  @Path("/publish")
  public String publish(String suite) {
    publishResults(suite); // tracelint-expect: BlockingIngestOnRequestPath
    return "published";
  }

  @POST
  @Path("/queue")
  public String queue(String suite) {
    requestFlush();
    return "queued:" + suite;
  }

  protected void afterRun(String suite) {
    tracerProvider.forceFlush().join(3, TimeUnit.SECONDS);
  }

  public void publishResults(String suite) {
    tracerProvider.shutdown().join(3, TimeUnit.SECONDS);
  }

  protected void requestFlush() {
    tracerProvider.forceFlush();
  }
}
