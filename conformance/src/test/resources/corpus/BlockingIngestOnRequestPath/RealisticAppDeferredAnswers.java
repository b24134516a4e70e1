package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * Long-running agent answers through Spring MVC's async support: a Callable and a DeferredResult. The spans end
 * where the work ends; exports are only requested, and a dedicated pool confirms them without holding any response.
 */
@RestController
public class RealisticAppDeferredAnswers {
  interface Agent {
    String solve(String task);
  }

  private final Tracer tracer;
  private final Agent agent;
  private final ExecutorService workers;
  private final ExecutorService exportConfirmations;
  private final SdkTracerProvider provider;

  public RealisticAppDeferredAnswers(Tracer tracer, Agent agent, ExecutorService workers,
      ExecutorService exportConfirmations, SdkTracerProvider provider) {
    this.tracer = tracer;
    this.agent = agent;
    this.workers = workers;
    this.exportConfirmations = exportConfirmations;
    this.provider = provider;
  }

  @PostMapping("/solve")
  public Callable<String> solve(@RequestBody String task) {
    return () -> {
      Span span = tracer.spanBuilder("agent.solve").startSpan();
      try {
        return agent.solve(task);
      } finally {
        span.end();
        provider.forceFlush();
      }
    };
  }

  @PostMapping("/solve-deferred")
  public DeferredResult<String> solveDeferred(@RequestBody String task) {
    DeferredResult<String> result = new DeferredResult<>(60_000L);
    workers.execute(() -> {
      Span span = tracer.spanBuilder("agent.solve.deferred").startSpan();
      try {
        result.setResult(agent.solve(task));
      } catch (RuntimeException e) {
        result.setErrorResult(e);
      } finally {
        span.end();
      }
    });
    result.onCompletion(() -> exportConfirmations.execute(() -> provider.forceFlush().join(10,
        java.util.concurrent.TimeUnit.SECONDS)));
    return result;
  }
}
