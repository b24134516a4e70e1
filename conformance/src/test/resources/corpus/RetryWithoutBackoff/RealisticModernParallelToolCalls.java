package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parallel tool calls for an agent step: each call retries with a jittered pause taken from a record, the fan-out
 * waits with a deadline, and a timed-out call is not retried at once (its attempt already waited its budget).
 */
public class RealisticModernParallelToolCalls {
  record ToolCall(String tool, String arguments) {}

  record Pause(long baseMillis, long capMillis) {
    long forAttempt(int attempt) {
      long exponential = Math.min(capMillis, baseMillis << Math.min(attempt, 16));
      return exponential / 2 + (long) (Math.random() * exponential / 2);
    }
  }

  interface Tools {
    String run(ToolCall call) throws IOException;
  }

  private static final Pause PAUSE = new Pause(100, 3_000);

  private final Tools tools;
  private final ExecutorService executor;

  public RealisticModernParallelToolCalls(Tools tools, ExecutorService executor) {
    this.tools = tools;
    this.executor = executor;
  }

  String runWithRetries(ToolCall call) throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return tools.run(call);
      } catch (IOException e) {
        last = e;
        Thread.sleep(PAUSE.forAttempt(attempt));
      }
    }
    throw last;
  }

  public List<String> runAll(List<ToolCall> calls, Duration budget) throws InterruptedException {
    List<Callable<String>> tasks = new ArrayList<>();
    for (ToolCall call : calls) {
      tasks.add(() -> runWithRetries(call));
    }
    Instant deadline = Instant.now().plus(budget);
    List<String> results = new ArrayList<>();
    for (Future<String> future : executor.invokeAll(tasks, budget.toMillis(), TimeUnit.MILLISECONDS)) {
      try {
        long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        results.add(future.get(left, TimeUnit.MILLISECONDS));
      } catch (ExecutionException | TimeoutException e) {
        results.add("error: " + e.getClass().getSimpleName());
      }
    }
    return results;
  }
}
