package corpus.unboundedretry;

import java.io.IOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reconnect loops of a trace agent: the ones that never give up, and the bounded or rescheduled ones. */
class ReconnectLoops {
  private static final Logger log = LoggerFactory.getLogger(ReconnectLoops.class);

  interface Link {
    void open() throws IOException;
  }

  interface ReconnectPolicy {
    void failed(int attempt, IOException failure) throws IOException;
  }

  void flagsReconnectUntilConnected(Link link) throws InterruptedException {
    boolean connected = false;
    while (!connected) { // tracelint-expect: UnboundedRetry
      try {
        link.open();
        connected = true;
      } catch (IOException e) {
        log.warn("collector unreachable, retrying in 5s", e);
        Thread.sleep(5000);
      }
    }
  }

  void flagsRecursiveReconnect(Link link) {
    try {
      link.open();
    } catch (IOException e) {
      log.error("open failed, retrying", e);
      flagsRecursiveReconnect(link); // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
    }
  }

  void acceptsRecursiveReconnectWithAttempts(Link link, int attemptsLeft) throws IOException, InterruptedException {
    try {
      link.open();
    } catch (IOException e) {
      if (attemptsLeft <= 0) {
        throw e;
      }
      Thread.sleep(1000L);
      acceptsRecursiveReconnectWithAttempts(link, attemptsLeft - 1);
    }
  }

  void acceptsReconnectRescheduled(Link link, ScheduledExecutorService scheduler) {
    try {
      link.open();
    } catch (IOException e) {
      log.warn("open failed, rescheduling", e);
      scheduler.schedule(() -> acceptsReconnectRescheduled(link, scheduler), 5, TimeUnit.SECONDS);
    }
  }

  void acceptsReconnectPolicyTakingTheFailure(Link link, ReconnectPolicy policy) throws IOException {
    int attempt = 0;
    while (true) {
      try {
        link.open();
        return;
      } catch (IOException e) {
        policy.failed(++attempt, e);
      }
    }
  }

  void acceptsReconnectBoundedByElapsedTime(Link link, long budgetNanos) throws IOException, InterruptedException {
    long start = System.nanoTime();
    while (true) {
      try {
        link.open();
        return;
      } catch (IOException e) {
        if (System.nanoTime() - start > budgetNanos) {
          throw e;
        }
        Thread.sleep(500);
      }
    }
  }
}
