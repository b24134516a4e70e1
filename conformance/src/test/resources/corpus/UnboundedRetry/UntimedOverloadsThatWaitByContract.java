package corpus.unboundedretry;

import java.io.IOException;
import java.time.Duration;

/**
 * Blocking methods offered in two overloads, one without a time budget and one with ({@code request(command)} and
 * {@code request(command, timeout)}, as {@code Future#get()} and {@code get(timeout, unit)}): the untimed one waits
 * until the answer comes, however long, by contract, and a caller who wants a bound calls the other. Still reported:
 * such a loop in a class with no timed overload, beside an overload whose extra parameter is no time budget, and in
 * the timed overload itself when it ignores its budget.
 */
class UntimedOverloadsThatWaitByContract {
  interface Response {}

  interface PendingResponse {
    Response getResult(int waitMillis) throws IOException;
  }

  interface Transport {
    PendingResponse send(String command) throws IOException;

    void requestReplay(String command) throws IOException;

    Response fetch(String key) throws IOException;
  }

  static final class TimedAndUntimedRequests {
    private final Transport transport;
    private final int requestTimeout = 2_000;

    TimedAndUntimedRequests(Transport transport) {
      this.transport = transport;
    }

    Response acceptsTheUntimedOverloadWaitingForItsResponse(String command) throws IOException {
      PendingResponse response = transport.send(command);
      while (true) {
        Response result = response.getResult(requestTimeout);
        if (result != null) {
          return result;
        }
        transport.requestReplay(command);
      }
    }

    Response acceptsTheUntimedOverloadWaitingForItsResponse(String command, int timeout) throws IOException {
      PendingResponse response = transport.send(command);
      for (int left = timeout; left > 0; left -= requestTimeout) {
        Response result = response.getResult(Math.min(left, requestTimeout));
        if (result != null) {
          return result;
        }
        transport.requestReplay(command);
      }
      return null;
    }

    Response acceptsAFetchRetriedUntilItWorks(String key) throws InterruptedException {
      while (true) {
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    }

    Response acceptsAFetchRetriedUntilItWorks(String key, Duration budget) throws InterruptedException {
      long deadline = System.nanoTime() + budget.toNanos();
      while (System.nanoTime() < deadline) {
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
      return null;
    }

    Response acceptsARetryInAnUntimedOverloadOfAMillisecondBudget(String key) throws InterruptedException {
      while (true) {
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(500);
        }
      }
    }

    Response acceptsARetryInAnUntimedOverloadOfAMillisecondBudget(String key, long timeoutMillis) {
      return null;
    }
  }

  static final class OnlyUntimedRequests {
    private final Transport transport;

    OnlyUntimedRequests(Transport transport) {
      this.transport = transport;
    }

    Response flagsAFetchRetriedForeverWithNoTimedOverload(String key) throws InterruptedException {
      while (true) { // tracelint-expect: UnboundedRetry
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    }

    Response flagsAnOverloadWhoseExtraParameterIsNoBudget(String key) throws InterruptedException {
      while (true) { // tracelint-expect: UnboundedRetry
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    }

    Response flagsAnOverloadWhoseExtraParameterIsNoBudget(String key, int priority) {
      return null;
    }

    Response flagsATimedOverloadThatIgnoresItsBudget(String key, Duration timeout) throws InterruptedException {
      while (true) { // tracelint-expect: UnboundedRetry
        try {
          return transport.fetch(key);
        } catch (IOException e) {
          Thread.sleep(1_000);
        }
      }
    }

    Response flagsATimedOverloadThatIgnoresItsBudget(String key) {
      return null;
    }
  }
}
