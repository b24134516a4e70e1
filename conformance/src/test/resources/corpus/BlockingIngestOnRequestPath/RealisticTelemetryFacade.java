package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import jakarta.annotation.PreDestroy;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A telemetry facade bean used by a controller. */
public class RealisticTelemetryFacade {
  @Service
  public static class TelemetryService {
    private final OpenTelemetrySdk sdk;

    TelemetryService(OpenTelemetrySdk sdk) {
      this.sdk = sdk;
    }

    public void recordEvaluation(String runId, double score) {
      sdk.getTracer("evals").spanBuilder("eval.score").setAttribute("run", runId)
          .setAttribute("score", score).startSpan().end();
    }

    public void publishNow() {
      sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }

    @Scheduled(fixedDelay = 60_000)
    public void periodicFlush() {
      sdk.getSdkTracerProvider().forceFlush().join(5, TimeUnit.SECONDS);
    }

    @PreDestroy
    public void shutdown() {
      sdk.close();
    }
  }

  @RestController
  public static class EvaluationController {
    private final TelemetryService telemetry;

    EvaluationController(TelemetryService telemetry) {
      this.telemetry = telemetry;
    }

    @GetMapping("/evals/{runId}/score/{score}")
    public String score(@PathVariable String runId, @PathVariable double score) {
      telemetry.recordEvaluation(runId, score);
      return "recorded";
    }

    @GetMapping("/evals/{runId}/final/{score}")
    public String finalScore(@PathVariable String runId, @PathVariable double score) {
      telemetry.recordEvaluation(runId, score);
      telemetry.publishNow(); // tracelint-expect: BlockingIngestOnRequestPath
      return "published";
    }
  }
}
