package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.sentry.Sentry;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * User feedback on agent answers: the controller hands the work to a service bean of the same file, which records
 * a span and reports to Sentry but never waits on an exporter.
 */
@RestController
public class RealisticAppFeedbackController {
  public record Feedback(String traceId, int rating, String comment) {}

  private final FeedbackService service;

  public RealisticAppFeedbackController(FeedbackService service) {
    this.service = service;
  }

  @PostMapping("/feedback")
  public ResponseEntity<Void> submit(@RequestBody Feedback feedback) {
    if (feedback.rating() < 1 || feedback.rating() > 5) {
      return ResponseEntity.badRequest().build();
    }
    service.record(feedback);
    return ResponseEntity.accepted().build();
  }

  @Service
  public static class FeedbackService {
    private final Tracer tracer;
    private final SdkTracerProvider provider;
    private final SpanExporter exporter;

    public FeedbackService(Tracer tracer, SdkTracerProvider provider, SpanExporter exporter) {
      this.tracer = tracer;
      this.provider = provider;
      this.exporter = exporter;
    }

    public void record(Feedback feedback) {
      Span span = tracer.spanBuilder("feedback.record").startSpan();
      try {
        span.setAttribute("feedback.trace_id", feedback.traceId());
        span.setAttribute("feedback.rating", feedback.rating());
        if (feedback.rating() == 1) {
          Sentry.captureMessage("very bad answer in trace " + feedback.traceId());
        }
      } finally {
        span.end();
      }
    }

    @Scheduled(fixedDelay = 30_000)
    public void exportFeedbackSpans() {
      provider.forceFlush().join(10, TimeUnit.SECONDS);
    }

    public void shutdown() {
      exporter.shutdown();
    }
  }
}
