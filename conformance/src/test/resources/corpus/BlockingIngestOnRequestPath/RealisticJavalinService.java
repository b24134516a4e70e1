package corpus.blockingingestonrequestpath;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.concurrent.TimeUnit;

/** A small Javalin service with an OpenTelemetry SDK it owns. */
public class RealisticJavalinService {
  interface Classifier {
    String classify(String text);
  }

  private final OpenTelemetrySdk sdk;
  private final Classifier classifier;

  RealisticJavalinService(OpenTelemetrySdk sdk, Classifier classifier) {
    this.sdk = sdk;
    this.classifier = classifier;
  }

  Javalin routes() {
    Javalin app = Javalin.create();
    app.post("/classify", ctx -> ctx.result(classifier.classify(ctx.body())));
    app.post("/classify/sync", this::classifySync);
    app.events(events -> events.serverStopping(sdk::close));
    return app;
  }

  void classifySync(Context ctx) {
    ctx.result(classifier.classify(ctx.body()));
    flushTraces(); // tracelint-expect: BlockingIngestOnRequestPath
  }

  private void flushTraces() {
    sdk.getSdkTracerProvider().forceFlush().join(3, TimeUnit.SECONDS);
  }

  public static void main(String[] args) {
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder().build();
    RealisticJavalinService service = new RealisticJavalinService(sdk, text -> text.isEmpty() ? "empty" : "text");
    service.routes().start(7070);
    sdk.getSdkTracerProvider().forceFlush().join(1, TimeUnit.SECONDS);
  }
}
