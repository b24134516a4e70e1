package corpus.blockingingestonrequestpath;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.sentry.Sentry;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * A Micronaut agent controller with records for requests and replies: export is requested without waiting, or
 * waited on in a worker task; one feedback endpoint flushes Sentry on the request thread.
 */
@Controller("/agent")
public class RealisticModernMicronautController {
  record AskRequest(String sessionId, String question) {}

  record AskReply(String answer, List<String> sources) {}

  record Feedback(String sessionId, int rating, String comment) {}

  interface Agent {
    AskReply ask(String sessionId, String question);
  }

  private final Agent agent;
  private final Tracer tracer;
  private final SdkTracerProvider provider;
  private final ExecutorService background;

  public RealisticModernMicronautController(
      Agent agent, Tracer tracer, SdkTracerProvider provider, ExecutorService background) {
    this.agent = agent;
    this.tracer = tracer;
    this.provider = provider;
    this.background = background;
  }

  @Post("/ask")
  public AskReply ask(@Body AskRequest request) {
    Span span = tracer.spanBuilder("agent.ask").startSpan();
    try {
      return agent.ask(request.sessionId(), request.question());
    } finally {
      span.end();
      provider.forceFlush();
    }
  }

  @Post("/sessions/{id}/close")
  public HttpResponse<Void> closeSession(String id) {
    background.submit(() -> provider.forceFlush().join(5, java.util.concurrent.TimeUnit.SECONDS));
    return HttpResponse.accepted();
  }

  @Get("/health")
  public String health() {
    var result = provider.forceFlush();
    return result.isDone() ? "flushed" : "pending";
  }

  @Post("/feedback")
  public HttpResponse<Void> feedback(@Body Feedback feedback) {
    Sentry.captureMessage("feedback " + feedback.rating() + " for " + feedback.sessionId());
    Sentry.flush(2_000); // tracelint-expect: BlockingIngestOnRequestPath
    return HttpResponse.noContent();
  }
}
