package corpus.unboundedretry;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Iterator;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loops that step through candidates by plain assignment (docs/rules/UnboundedRetry.md, point 3): each turn gives a
 * variable that the repeated call or the loop's condition reads a value computed from its value of the turn before
 * ({@code type = type.getSuperclass()}, {@code node = node.next}, a position found from the previous one) or taken
 * from a source ({@code it.next()}, {@code queue.poll()}), in the catch block or after it. Assigning the same kind of
 * value anew each turn (a connection opened again, a request rendered again) is no step: those loops still retry.
 */
class SteppingByAssignment {
  private static final Logger log = LoggerFactory.getLogger(SteppingByAssignment.class);

  static final class Endpoint {
    Endpoint next;

    String call() throws IOException {
      return "ok";
    }
  }

  interface Connection {
    void send(String batch) throws IOException;
  }

  interface Pool {
    Connection open() throws IOException;
  }

  static String parse(String text) throws IOException {
    return text;
  }

  void post(String body) throws IOException {}

  Method acceptsWalkUpTheClassHierarchy(Class<?> start, String name) {
    Class<?> type = start;
    while (type != null) {
      try {
        return type.getDeclaredMethod(name);
      } catch (NoSuchMethodException e) {
        type = type.getSuperclass();
      }
    }
    return null;
  }

  String acceptsLinkedEndpointsWalkedInTheCatch(Endpoint first) throws IOException {
    Endpoint current = first;
    while (true) {
      try {
        return current.call();
      } catch (IOException e) {
        if (current.next == null) {
          throw e;
        }
        current = current.next;
      }
    }
  }

  String acceptsIteratorAdvancedInTheCatch(Iterator<Endpoint> endpoints) throws IOException {
    Endpoint current = endpoints.next();
    while (true) {
      try {
        return current.call();
      } catch (IOException e) {
        if (!endpoints.hasNext()) {
          throw e;
        }
        current = endpoints.next();
      }
    }
  }

  String acceptsQueueOfCandidatesPolledInTheCatch(Queue<Endpoint> candidates) {
    Endpoint current = candidates.poll();
    while (current != null) {
      try {
        return current.call();
      } catch (IOException e) {
        log.warn("candidate failed, trying the next one", e);
        current = candidates.poll();
      }
    }
    return null;
  }

  String acceptsPositionFoundFromThePreviousOne(String text) throws IOException {
    int end = text.length();
    while (true) {
      int start = text.lastIndexOf('{', end);
      if (start < 0) {
        throw new IOException("no parsable block");
      }
      try {
        return parse(text.substring(start, end));
      } catch (IOException ignored) {
        // not a block: look further left
      }
      end = start - 1;
    }
  }

  String flagsRequestRenderedAgainEachTurn(String batch) {
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      String body = "[" + batch + "]";
      try {
        post(body);
        return body;
      } catch (IOException e) {
        log.warn("post failed, retrying", e);
      }
    }
  }

  void flagsConnectionOpenedAgainButTheSameBatchResent(Pool pool, String batch) throws IOException {
    Connection connection = pool.open();
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        connection.send(batch);
        return;
      } catch (IOException e) {
        connection = pool.open();
      }
    }
  }

  void flagsValueCarriedButNotReadByTheCall(String batch) {
    String lastError = "";
    while (true) { // tracelint-expect: UnboundedRetry, RetryWithoutBackoff
      try {
        post(batch);
        return;
      } catch (IOException e) {
        lastError = lastError + "; post failed";
        log.warn("failures so far: {}", lastError);
      }
    }
  }

  void flagsDoublingTimeoutInTheCatch(Connection connection, String batch) {
    long timeoutMillis = 100;
    for (int attempt = 0; attempt < 5; attempt++) { // tracelint-expect: RetryWithoutBackoff
      try {
        connection.send(batch);
        return;
      } catch (IOException e) {
        timeoutMillis = timeoutMillis * 2;
        log.warn("send failed, next timeout {}", timeoutMillis);
      }
    }
  }

  void flagsGrowingSleepAfterTheTryForTheBoundOnly(String batch) throws InterruptedException {
    long backoffMillis = 100;
    while (true) { // tracelint-expect: UnboundedRetry
      try {
        post(batch);
        return;
      } catch (IOException e) {
        log.warn("post failed, backing off", e);
      }
      Thread.sleep(backoffMillis);
      backoffMillis *= 2;
    }
  }
}
