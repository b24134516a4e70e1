package corpus.retrywithoutbackoff;

import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Failsafe's asynchronous executions for a tool-calling agent: the policy's delay is applied on the scheduler
 * between async attempts; a policy built without one retries at once (Failsafe's default).
 */
public class RealisticAsyncFailsafeStages {
  interface Tools {
    String call(String name, String arguments) throws IOException;
  }

  private final Tools tools;
  private final ScheduledExecutorService scheduler;

  RealisticAsyncFailsafeStages(Tools tools, ScheduledExecutorService scheduler) {
    this.tools = tools;
    this.scheduler = scheduler;
  }

  public CompletableFuture<String> call(String name, String arguments) {
    RetryPolicy<String> policy = RetryPolicy.<String>builder()
        .handle(IOException.class)
        .withBackoff(Duration.ofMillis(200), Duration.ofSeconds(5))
        .withJitter(0.2)
        .withMaxRetries(3)
        .build();
    return Failsafe.with(policy).with(scheduler).getAsync(() -> tools.call(name, arguments));
  }

  public CompletableFuture<String> callEverySecond(String name, String arguments) {
    RetryPolicy<String> policy = RetryPolicy.<String>builder()
        .handle(IOException.class)
        .withDelay(Duration.ofSeconds(1))
        .withMaxAttempts(4)
        .build();
    return Failsafe.with(policy).with(scheduler).getAsync(() -> tools.call(name, arguments));
  }

  public CompletableFuture<String> callAgainAtOnce(String name, String arguments) {
    RetryPolicy<String> policy = RetryPolicy.<String>builder() // tracelint-expect: RetryWithoutBackoff
        .handle(IOException.class)
        .withMaxRetries(2)
        .build();
    return Failsafe.with(policy).with(scheduler).getAsync(() -> tools.call(name, arguments));
  }
}
