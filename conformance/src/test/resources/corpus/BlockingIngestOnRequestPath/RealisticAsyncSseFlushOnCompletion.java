package corpus.blockingingestonrequestpath;

import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.io.IOException;
import java.util.concurrent.Executor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A server-sent-events endpoint of a long-running agent run: once the stream completes, the run's spans are asked
 * to be exported (no wait); the events are sent from a worker, never from the request thread.
 */
@RestController
public class RealisticAsyncSseFlushOnCompletion {
  interface AgentRun {
    Iterable<String> steps(String goal);
  }

  private final AgentRun run;
  private final SdkTracerProvider tracerProvider;
  private final Executor workers;

  RealisticAsyncSseFlushOnCompletion(AgentRun run, SdkTracerProvider tracerProvider, Executor workers) {
    this.run = run;
    this.tracerProvider = tracerProvider;
    this.workers = workers;
  }

  @GetMapping("/runs/stream")
  public SseEmitter stream(@RequestParam String goal) {
    SseEmitter emitter = new SseEmitter(0L);
    emitter.onCompletion(() -> tracerProvider.forceFlush());
    workers.execute(() -> {
      try {
        for (String step : run.steps(goal)) {
          emitter.send(step);
        }
        emitter.complete();
      } catch (IOException | RuntimeException e) {
        emitter.completeWithError(e);
      }
    });
    return emitter;
  }
}
