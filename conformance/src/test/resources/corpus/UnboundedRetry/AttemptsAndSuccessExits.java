package corpus.unboundedretry;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;

/**
 * Where the attempt sits and how its success leaves the loop (docs/rules/UnboundedRetry.md, points 4 and 5): a break,
 * a continue in the catch with a break after the try, labelled jumps, a try nested in an if and a synchronized block,
 * a try-with-resources whose resource is the attempt, a loop inside a lambda. A loop without a try retries nothing.
 */
class AttemptsAndSuccessExits {
  private final Object lock = new Object();

  interface Channel {
    boolean ready();

    void ship(String payload) throws IOException;
  }

  interface Pool {
    Connection open() throws IOException;
  }

  interface Connection extends AutoCloseable {
    String query() throws IOException;
  }

  String send(String batch) throws IOException {
    return batch;
  }

  int status(String batch) throws IOException {
    return 200;
  }

  String flagsBreakOnSuccessAndContinueInTheCatch(String batch) {
    String result;
    for (;;) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        result = send(batch);
        break;
      } catch (IOException e) {
        continue;
      }
    }
    return result;
  }

  HttpResponse<String> flagsEmptyCatch(HttpClient http, HttpRequest request) {
    HttpResponse<String> response;
    for (;;) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
        break;
      } catch (Exception e) {
        // try again
      }
    }
    return response;
  }

  Connection flagsContinueInTheCatchAndBreakAfterTheTry(Pool pool) {
    Connection connection;
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        connection = pool.open();
      } catch (IOException e) {
        continue;
      }
      break;
    }
    return connection;
  }

  String flagsLabelledContinueAndBreakAfterTheTry(String batch) {
    String result;
    outer:
    while (true) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
      try {
        result = send(batch);
      } catch (IOException e) {
        continue outer;
      }
      break;
    }
    return result;
  }

  void flagsLabelledBreakFromATryInsideIfAndSynchronized(Channel channel, String payload) {
    retry: while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      if (channel.ready()) {
        synchronized (lock) {
          try {
            channel.ship(payload);
            break retry;
          } catch (IOException e) {
            continue retry;
          }
        }
      }
    }
  }

  String flagsTryWithResourcesWhoseResourceIsTheAttempt(Pool pool) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try (Connection connection = pool.open()) {
        return connection.query();
      } catch (Exception e) {
        System.err.println("query failed, retrying");
      }
    }
  }

  void flagsRetryLoopInsideALambda(ExecutorService executor, String batch) {
    executor.submit(() -> {
      while (true) { // tracelint-expect: UnboundedRetry -- never gives up // tracelint-expect: RetryWithoutBackoff
        try {
          send(batch);
          return;
        } catch (IOException e) {
          System.err.println(e);
        }
      }
    });
  }

  void acceptsThrowInsideTheAttempt(String batch) {
    while (true) { // tracelint-expect: RetryWithoutBackoff
      try {
        if (status(batch) == 401) {
          throw new IllegalStateException("unauthorized");
        }
        return;
      } catch (IOException e) {
        System.err.println("export failed");
      }
    }
  }

  void acceptsLoopWithoutATry(Channel channel) {
    while (true) {
      if (channel.ready()) {
        return;
      }
    }
  }
}
