package corpus.unboundedretry;

import java.io.IOException;
import java.io.Serializable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retry loops written inside lambdas, interface default methods and generic helpers with bounded wildcards: a cap
 * and a pause each, a multi-catch that counts, and one submitted task that retries until the send works.
 */
public class RealisticModernRetriesInLambdas {
  private static final Logger log = LoggerFactory.getLogger(RealisticModernRetriesInLambdas.class);

  interface Retrying {
    int maxAttempts();

    default <T extends Serializable> T withRetry(Supplier<? extends T> operation) throws InterruptedException {
      RuntimeException last = null;
      for (int attempt = 1; attempt <= maxAttempts(); attempt++) {
        try {
          return operation.get();
        } catch (RuntimeException e) {
          last = e;
          TimeUnit.MILLISECONDS.sleep(100L * attempt);
        }
      }
      throw last;
    }
  }

  interface Sink {
    void send(String event) throws IOException, TimeoutException;
  }

  private final Sink sink;
  private final ExecutorService executor;

  public RealisticModernRetriesInLambdas(Sink sink, ExecutorService executor) {
    this.sink = sink;
    this.executor = executor;
  }

  public void sendInBackground(String event) {
    executor.submit(
        () -> {
          int attempt = 0;
          for (;;) {
            try {
              sink.send(event);
              return;
            } catch (IOException | TimeoutException e) {
              if (++attempt == 5) {
                log.error("dropping event after {} attempts", attempt, e);
                return;
              }
              try {
                Thread.sleep(200L << attempt);
              } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }
        });
  }

  public void sendUntilDelivered(String event) {
    executor.submit(
        () -> {
          while (true) { // tracelint-expect: UnboundedRetry
            try {
              sink.send(event);
              return;
            } catch (IOException | TimeoutException e) {
              log.warn("send failed, retrying", e);
              try {
                Thread.sleep(1_000);
              } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          }
        });
  }
}
