package corpus.blockingingestonrequestpath;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agent endpoint that runs the model's tool calls in parallel and waits for them: waits on the application's own
 * work, not on telemetry. The only telemetry call is a flush request that nobody waits on.
 */
@RestController
public class RealisticAppParallelToolCallsController {
  public record ToolCall(String name, String arguments) {}

  interface Tools {
    String call(ToolCall call);
  }

  private final Tracer tracer;
  private final Tools tools;
  private final ExecutorService pool;
  private final SdkTracerProvider provider;

  public RealisticAppParallelToolCallsController(Tracer tracer, Tools tools, ExecutorService pool,
      SdkTracerProvider provider) {
    this.tracer = tracer;
    this.tools = tools;
    this.pool = pool;
    this.provider = provider;
  }

  @PostMapping("/tools/parallel")
  public List<String> parallel(@RequestBody List<ToolCall> calls) {
    Span span = tracer.spanBuilder("tools.parallel").startSpan();
    try {
      List<CompletableFuture<String>> futures = calls.stream()
          .map(call -> CompletableFuture.supplyAsync(() -> tools.call(call), pool))
          .toList();
      CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
      return futures.stream().map(CompletableFuture::join).toList();
    } finally {
      span.end();
      provider.forceFlush();
    }
  }

  @PostMapping("/tools/first")
  public String first(@RequestBody ToolCall call) throws InterruptedException, ExecutionException, TimeoutException {
    Future<String> answer = pool.submit(() -> tools.call(call));
    return answer.get(30, TimeUnit.SECONDS);
  }

  @PostMapping("/tools/batch")
  public int batch(@RequestBody List<ToolCall> calls) throws InterruptedException {
    CountDownLatch done = new CountDownLatch(calls.size());
    for (ToolCall call : calls) {
      pool.execute(() -> {
        try {
          tools.call(call);
        } finally {
          done.countDown();
        }
      });
    }
    done.await(60, TimeUnit.SECONDS);
    provider.forceFlush();
    return calls.size();
  }
}
