package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * What counts as a wait between attempts (docs/rules/RetryWithoutBackoff.md, kinds 1 to 4): a catalogued wait
 * anywhere in the loop, the attempt itself included; a call whose name says it waits; a helper of the same file,
 * called without a receiver, one level deep. Not a wait: one inside a lambda, {@code Future#get} without a timeout, a
 * helper of a helper, a helper called on another class, a helper whose name says nothing.
 */
class Waits {
  private final Object lock = new Object();

  interface Api {
    void call() throws IOException;
  }

  interface Client {
    Future<String> submit(String batch);
  }

  interface Backoff {
    void pause(int attempt);
  }

  interface Metrics {
    void count();

    void recordRetryDelay(long millis);
  }

  interface Timer {
    void record(long amount, TimeUnit unit);
  }

  void post(String batch) throws IOException {}

  void acceptsParkBeforeTheAttempt(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) {
      if (attempt > 0) {
        LockSupport.parkNanos(1_000_000L << attempt);
      }
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println("export failed");
      }
    }
  }

  void flagsSpinHintInTheCatch(String batch) {
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.onSpinWait();
      }
    }
  }

  void acceptsSpinHintBesideARealWait(String batch) throws InterruptedException {
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.onSpinWait();
        TimeUnit.MILLISECONDS.sleep(100L << attempt);
      }
    }
  }

  interface RetrySettings {
    long getRetryDelayMillis();
  }

  void flagsDelaySettingOnlyRead(String batch, RetrySettings settings) {
    for (int attempt = 0; attempt < 4; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println("export failed, next attempt in " + settings.getRetryDelayMillis() + " ms");
      }
    }
  }

  void acceptsDelaySettingReadForTheSleep(String batch, RetrySettings settings) throws InterruptedException {
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Thread.sleep(settings.getRetryDelayMillis() << attempt);
      }
    }
  }

  void acceptsObjectWaitInTheCatch(String batch) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        synchronized (lock) {
          lock.wait(100);
        }
      }
    }
  }

  void acceptsTimedFutureGetInTheCatch(String batch, CompletableFuture<Void> tick) throws Exception {
    for (int i = 0; i < 3; i++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        tick.get(1, TimeUnit.SECONDS);
      }
    }
  }

  String acceptsTimedFutureGetAsTheAttempt(Client client, String batch) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return client.submit(batch).get(2, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        System.err.println("timed out");
      }
    }
    return null;
  }

  String acceptsTimedLatchAwaitInTheCatch(Client client, String batch, CountDownLatch gate) throws Exception {
    while (true) {
      try {
        return client.submit(batch).get();
      } catch (ExecutionException e) {
        gate.await(1, TimeUnit.SECONDS);
      }
    }
  }

  void acceptsHelperNamedForPausing(String batch, Backoff backoff) {
    for (int attempt = 0; attempt < 4; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        backoff.pause(attempt);
      }
    }
  }

  void acceptsHelperNamedForSleeping(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        sleepQuietly(100);
      }
    }
  }

  String flagsFutureGetWithoutATimeout(ExecutorService executor, Callable<String> task) throws Exception {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      Future<String> future = executor.submit(task);
      try {
        return future.get();
      } catch (ExecutionException e) {
        System.err.println("task failed");
      }
    }
    return null;
  }

  void flagsSleepInsideALambda(Executor executor, String batch) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        executor.execute(() -> {
          try {
            Thread.sleep(100);
          } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
          }
        });
      }
    }
  }

  void flagsSleepTwoHelpersDeep(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        post(batch);
        return;
      } catch (IOException e) {
        recover();
      }
    }
  }

  void flagsSleepingHelperCalledOnAnotherClass(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        Pacing.rest();
      }
    }
  }

  void flagsHelpersWhoseNamesSayNothingAboutWaiting(String batch, Metrics metrics) {
    for (int i = 0; i < 3; i++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        post(batch);
        break;
      } catch (IOException e) {
        metrics.count();
        log(e);
      }
    }
  }

  void flagsRetryDelayThatIsOnlyRecorded(String batch, Metrics metrics) {
    long delay = 100;
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        metrics.recordRetryDelay(delay);
        delay *= 2;
      }
    }
  }

  void flagsDelayRecordedByAHelperNamedForIt(String batch) {
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        logBackoff(attempt);
      }
    }
  }

  void flagsDelayRecordedOnATimer(String batch, Timer timer) {
    long delay = 100;
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        timer.record(delay, TimeUnit.MILLISECONDS);
        delay *= 2;
      }
    }
  }

  void acceptsRecordedDelayThatIsAlsoSlept(String batch, Metrics metrics) throws InterruptedException {
    long delay = 100;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        metrics.recordRetryDelay(delay);
        Thread.sleep(delay);
        delay *= 2;
      }
    }
  }

  void acceptsHelperNamedForDelaying(String batch) {
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        delayBeforeRetry(attempt);
      }
    }
  }

  void acceptsRecordedDelayAndAWaitingHelper(String batch, Metrics metrics) {
    long delay = 100;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        metrics.recordRetryDelay(delay);
        sleepQuietly(delay);
        delay *= 2;
      }
    }
  }

  static void logBackoff(int attempt) {}

  static void delayBeforeRetry(int attempt) {}

  static void sleepQuietly(long millis) {}

  static void rest() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void recover() {
    reset();
  }

  private void reset() {
    try {
      TimeUnit.SECONDS.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void log(Exception e) {
    System.err.println(e);
  }

  static final class Pacing {
    static void rest() {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static final class Sender {
    void acceptsHelperOfTheEnclosingClassThatSleeps(Api api) {
      for (int attempt = 0; attempt < 3; attempt++) {
        try {
          api.call();
          return;
        } catch (IOException e) {
          rest();
        }
      }
    }
  }
}
