package corpus.retrywithoutbackoff;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A streaming MCP client's reconnect logic: a dropped connection is re-established from the scheduler after a delay
 * that grows with each failure and resets once connected.
 */
public class RealisticAsyncScheduledReconnects {
  private static final Logger log = LoggerFactory.getLogger(RealisticAsyncScheduledReconnects.class);

  interface Transport {
    CompletableFuture<Void> connect(String endpoint);
  }

  private final Transport transport;
  private final ScheduledExecutorService scheduler;
  private final AtomicInteger failures = new AtomicInteger();
  private volatile boolean closed;

  RealisticAsyncScheduledReconnects(Transport transport, ScheduledExecutorService scheduler) {
    this.transport = transport;
    this.scheduler = scheduler;
  }

  public void connect(String endpoint) {
    if (closed) {
      return;
    }
    transport.connect(endpoint).whenComplete((ok, error) -> {
      if (error == null) {
        failures.set(0);
        return;
      }
      int failed = failures.incrementAndGet();
      long delaySeconds = Math.min(60, 1L << Math.min(failed, 6));
      log.info("reconnecting to {} in {}s after {} failures", endpoint, delaySeconds, failed);
      scheduler.schedule(() -> connect(endpoint), delaySeconds, TimeUnit.SECONDS);
    });
  }

  public void close() {
    closed = true;
  }
}
