package corpus.retrywithoutbackoff;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Bounded hand-written retries, counted, by a flag or a rethrow, in every loop form: which ones try again at once. A
 * counter that is only printed, or passed as the attempt number, does not make a loop step through candidates.
 */
class BoundedRetryLoops {
  void post(String batch) throws IOException {}

  String fetch(String url) throws IOException {
    return url;
  }

  void flagsCountedForLoop(String batch) throws IOException {
    IOException last = null;
    for (int attempt = 1; attempt <= 3; attempt++) { // tracelint-expect: RetryWithoutBackoff -- This retry loop tries again immediately after a failure: wait between attempts, e.g. Thread.sleep with an exponentially growing delay
      try {
        post(batch);
        return;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  String flagsWhileBelowALimit(String url) throws IOException {
    int attempt = 0;
    while (attempt < 3) { // tracelint-expect: RetryWithoutBackoff
      try {
        return fetch(url);
      } catch (IOException e) {
        attempt++;
        if (attempt == 3) {
          throw e;
        }
      }
    }
    return null;
  }

  void flagsFlagAndALimit(String batch) {
    boolean sent = false;
    int attempt = 0;
    while (!sent && attempt < 3) { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        sent = true;
      } catch (IOException e) {
        attempt++;
      }
    }
  }

  void flagsDoWhileBelowALimit(String batch) {
    int attempt = 0;
    do { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        post(batch);
        return;
      } catch (IOException e) {
        attempt++;
      }
    } while (attempt < 5);
  }

  void flagsDoWhileOnAFlagBoundedByARethrow(String batch) {
    boolean ok = false;
    int attempts = 0;
    do { // tracelint-expect: RetryWithoutBackoff
      try {
        post(batch);
        ok = true;
      } catch (IOException e) {
        if (++attempts >= 5) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    } while (!ok);
  }

  void flagsCounterThatIsOnlyPrinted(String batch) {
    for (int i = 0; i < 3; i++) { // tracelint-expect: RetryWithoutBackoff -- tries again immediately
      try {
        System.out.printf("sending, try %d%n", i);
        postNumbered(batch, 0);
        return;
      } catch (IOException e) {
        System.err.println(e);
      }
    }
  }

  void acceptsSleepInTheCatch(String batch) throws IOException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        if (attempt == 5) {
          throw e;
        }
        Thread.sleep(100L << attempt);
      }
    }
  }

  void acceptsSleepAfterTheTry(String batch) throws InterruptedException {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        System.err.println("attempt failed");
      }
      TimeUnit.MILLISECONDS.sleep(250);
    }
  }

  void acceptsSameClassBackoffHelper(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        backoff(attempt);
      }
    }
  }

  void acceptsSameClassHelperThatSleeps(String batch) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        post(batch);
        return;
      } catch (IOException e) {
        rest(attempt);
      }
    }
  }

  String acceptsFailoverAcrossHosts(List<String> hosts) throws IOException {
    for (int i = 0; i < hosts.size(); i++) {
      try {
        return fetch(hosts.get(i));
      } catch (IOException e) {
        System.err.println("host failed");
      }
    }
    throw new IOException("all hosts failed");
  }

  java.net.ServerSocket acceptsSuccessivePorts(int first) throws IOException {
    for (int port = first; port < first + 10; port++) {
      try {
        return new java.net.ServerSocket(port);
      } catch (IOException e) {
        System.err.println("port taken");
      }
    }
    throw new IOException("no free port");
  }

  void flagsAttemptNumberPassedToTheCall(String batch) {
    for (int attempt = 1; attempt <= 3; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        System.out.printf("sending, attempt %d%n", attempt);
        postNumbered(batch, attempt);
        return;
      } catch (IOException e) {
        System.err.println("attempt failed");
      }
    }
  }

  void postNumbered(String batch, int attempt) throws IOException {}

  void acceptsOptimisticLockingConflict(String order) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        save(order);
        return;
      } catch (OptimisticLockException e) {
        order = reload(order);
      }
    }
  }

  void save(String order) {}

  String reload(String order) {
    return order;
  }

  static class OptimisticLockException extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  private void backoff(int attempt) {
    try {
      Thread.sleep(100L * (1L << attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void rest(int attempt) {
    try {
      Thread.sleep(200L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
