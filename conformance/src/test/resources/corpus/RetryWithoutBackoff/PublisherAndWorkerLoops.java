package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publisher retries that hammer the broker, next to worker, poller and token-refresh loops that do not. Judged for
 * UnboundedRetry too: only the publisher whose catch can do nothing but break a switch never gives up.
 */
class PublisherAndWorkerLoops {
  private static final Logger log = LoggerFactory.getLogger(PublisherAndWorkerLoops.class);

  interface Broker {
    int publish(String event) throws IOException;
  }

  interface Records {
    List<String> fetch(Duration timeout);

    void commit();
  }

  interface Api {
    String call(String token) throws TokenExpiredException;

    String refreshedToken();
  }

  static final class TokenExpiredException extends Exception {}

  void flagsPublisherUntilInterrupted(Broker broker, String event) {
    while (!Thread.currentThread().isInterrupted()) { // tracelint-expect: RetryWithoutBackoff
      try {
        broker.publish(event);
        return;
      } catch (IOException e) {
        log.warn("publish failed", e);
      }
    }
  }

  void flagsPublisherContinuingOnAStatus(Broker broker, String event) {
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        int status = broker.publish(event);
        switch (status) {
          case 200:
            return;
          case 503:
            continue;
          default:
            throw new IllegalStateException("rejected");
        }
      } catch (IOException e) {
        log.warn("publish failed", e);
      }
    }
  }

  void flagsCatchThatOnlyBreaksASwitch(Broker broker, String event, int mode) {
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        broker.publish(event);
        return;
      } catch (IOException e) {
        switch (mode) {
          case 1:
            log.warn("publish failed", e);
            break;
          default:
            break;
        }
      }
    }
  }

  void flagsPublisherCountedAfterTheTry(Broker broker, String event) {
    int attempt = 0;
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        broker.publish(event);
        return;
      } catch (IOException e) {
        log.debug("publish failed", e);
      }
      if (attempt++ > 5) {
        break;
      }
    }
  }

  void acceptsPublisherWithAGrowingPause(Broker broker, String event, int maxAttempts)
      throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        broker.publish(event);
        return;
      } catch (IOException e) {
        if (attempt >= maxAttempts) {
          throw e;
        }
        Thread.sleep(100L << Math.min(attempt, 10));
      }
    }
  }

  void acceptsConsumerLoopWithoutSuccessExit(Records records) {
    while (true) {
      try {
        records.fetch(Duration.ofMillis(100)).forEach(log::info);
        records.commit();
      } catch (IllegalStateException e) {
        log.error("commit failed", e);
      }
    }
  }

  void acceptsTaskThreadPollingWithATimeout(BlockingQueue<Runnable> tasks) {
    while (!Thread.currentThread().isInterrupted()) {
      try {
        Runnable task = tasks.poll(1, TimeUnit.SECONDS);
        if (task != null) {
          task.run();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  String acceptsRetryWithARefreshedToken(Api api, String token) throws TokenExpiredException {
    for (int i = 0; i < 2; i++) {
      try {
        return api.call(token);
      } catch (TokenExpiredException e) {
        token = api.refreshedToken();
      }
    }
    return api.call(token);
  }
}
